import type { Status } from './status';
import { statusLabel } from '../labels';
import { t } from '../i18n';

// A notice's life in one place. Statuses only move forward; the ways the text left the device
// (mail link, .eml, case file, copy-and-open form, POST) are events beside the status, so a
// download after "sent" or after an outcome never turns the notice back into a draft.
const CHANNELS = ['mailto', 'clipboard', 'eml', 'case-file', 'report-page', 'post'] as const;
export type ChannelId = (typeof CHANNELS)[number];

export type NoticeEvent =
  | { kind: 'channel'; channel: ChannelId; at: number }
  | { kind: 'status'; from: Status; to: Status; at: number };

/** Where each status may go next. Outcomes are the platform's; "withdrawn" is the notifier's. */
export const NEXT: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['sent'],
  sent: ['acknowledged', 'removed', 'rejected', 'counter-noticed', 'withdrawn'],
  acknowledged: ['removed', 'rejected', 'counter-noticed', 'withdrawn'],
  // A seller may answer a removal with a counter-notice; the notifier may then drop the claim.
  removed: ['counter-noticed', 'withdrawn'],
  'counter-noticed': ['withdrawn'],
  rejected: [],
  withdrawn: [],
};

/** The part of a stored notice the lifecycle reads and writes. */
export interface Lifecycle {
  status: Status;
  channel: string | null;
  sentAt: number | null;
  events: NoticeEvent[];
  revision: number;
}

export type Step = { ok: true; patch: Lifecycle } | { ok: false; error: string };

export const canMove = (from: Status, to: Status) => NEXT[from].includes(to);

/** The minute a notice was sent, in UTC. */
const at = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Records how the text left; the status stays as it is. */
export function recordChannel(n: Lifecycle, channel: ChannelId, now: number): Lifecycle {
  return { ...n, events: [...n.events, { kind: 'channel', channel, at: now }], revision: n.revision + 1 };
}

/** Draft to sent, once: keeps how it was sent (the given channel, else the last one used). */
export function markSent(n: Lifecycle, channel: ChannelId | null, now: number): Step {
  if (n.status !== 'draft')
    return {
      ok: false,
      error: n.sentAt
        ? t('bg_notice_already_at', statusLabel(n.status), at(n.sentAt))
        : t('bg_notice_already', statusLabel(n.status)),
    };
  const withChannel = channel ? recordChannel(n, channel, now) : n;
  const used = channel ?? lastChannel(n);
  return {
    ok: true,
    patch: {
      ...withChannel,
      status: 'sent',
      channel: used,
      sentAt: now,
      events: [...withChannel.events, { kind: 'status', from: 'draft', to: 'sent', at: now }],
      revision: withChannel.revision + 1,
    },
  };
}

/** An outcome or a withdrawal, if the status may move there. */
export function moveTo(n: Lifecycle, to: Status, now: number): Step {
  if (to === n.status) return { ok: true, patch: n };
  if (to === 'sent') return markSent(n, null, now);
  if (!canMove(n.status, to))
    return {
      ok: false,
      error:
        n.status === 'draft'
          ? t('bg_notice_send_first', statusLabel(to))
          : t('bg_notice_no_move', statusLabel(n.status), statusLabel(to)),
    };
  return {
    ok: true,
    patch: {
      ...n,
      status: to,
      events: [...n.events, { kind: 'status', from: n.status, to, at: now }],
      revision: n.revision + 1,
    },
  };
}

/** The text may change only while the notice is a draft and only from the revision the editor loaded. */
export function mayEdit(n: Lifecycle, loadedRevision: number | undefined): string | null {
  if (n.status !== 'draft')
    return n.sentAt
      ? t('bg_notice_locked_at', statusLabel(n.status), at(n.sentAt))
      : t('bg_notice_locked', statusLabel(n.status));
  if (loadedRevision !== undefined && loadedRevision !== n.revision) return t('bg_notice_changed');

  return null;
}

export function lastChannel(n: Pick<Lifecycle, 'events'>): ChannelId | null {
  for (let i = n.events.length - 1; i >= 0; i--) {
    const e = n.events[i];
    if (e.kind === 'channel') return e.channel;
  }
  return null;
}

/** Rows written before the lifecycle existed have no events or revision. */
export const lifecycleOf = (row: {
  status: string;
  channel: string | null;
  sentAt: number | null;
  events?: NoticeEvent[];
  revision?: number;
}): Lifecycle => ({
  status: (row.status in NEXT ? row.status : 'draft') as Status,
  channel: row.channel,
  sentAt: row.sentAt,
  events: row.events ?? [],
  revision: row.revision ?? 0,
});
