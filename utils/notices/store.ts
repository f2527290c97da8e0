import type { ListingLensDb, NoticeRow } from '../db';
import type { Request } from '../messages';
import { loadProfile } from '../profile';
import type { ActionResult, SaveResult } from '../cases/types';
import { blocking, checkText } from './checks';
import { type ChannelId, type Lifecycle, lifecycleOf, markSent, mayEdit, moveTo, recordChannel } from './lifecycle';
import type { Status } from './status';

// Every write to a stored notice, each in one transaction with the flags it carries: the text
// (drafts only, from the revision the editor loaded), a channel event, "sent", an outcome.
const saved = (id: number, lc: Lifecycle): SaveResult => ({
  ok: true,
  id,
  problems: [],
  status: lc.status,
  channel: lc.channel,
  revision: lc.revision,
  sentAt: lc.sentAt,
});

async function flagsFollow(db: ListingLensDb, ids: number[], to: Status, now: number) {
  await db.flags
    .where('id')
    .anyOf(ids)
    .modify((f) => {
      // A flag carried by several notices keeps its furthest status: "sent" never undoes an outcome.
      if (to === 'sent' && f.status !== 'draft') return;
      f.status = to;
      if (to !== 'sent') f.outcome = to;
      f.updatedAt = now;
    });
}

/** How long a second save of the same new notice counts as a retry of the first (a worker stopped before replying). */
const RETRY_WINDOW_MS = 10 * 60_000;

/** A notice already saved from exactly this new-notice request: the first try landed, its reply did not. */
async function landedBefore(db: ListingLensDb, p: Request<'ui:notice-save'>, now: number) {
  const ids = [...p.flagIds].sort((a, b) => a - b).join(',');
  return db.notices
    .filter(
      (n) =>
        n.createdAt >= now - RETRY_WINDOW_MS &&
        n.format === p.format &&
        n.text === p.text &&
        n.subject === p.subject &&
        n.recipient === p.recipient &&
        [...n.flagIds].sort((a, b) => a - b).join(',') === ids,
    )
    .first();
}

export async function saveNotice(
  db: ListingLensDb,
  p: Request<'ui:notice-save'>,
  now = Date.now(),
): Promise<SaveResult> {
  const profile = await loadProfile(db);
  const problems = checkText(profile.role, p.text);
  if (blocking(problems)) return { ok: false, error: problems[0].message, problems };
  return db.transaction('rw', db.notices, db.flags, async (): Promise<SaveResult> => {
    if (p.id === undefined) {
      const landed = await landedBefore(db, p, now);
      if (landed?.id !== undefined) return { ...saved(landed.id, lifecycleOf(landed)), problems };
    }
    const existing = p.id !== undefined ? await db.notices.get(p.id) : undefined;
    if (p.id !== undefined && !existing) return { ok: false, error: 'That notice no longer exists.', problems };
    let lc: Lifecycle = existing
      ? lifecycleOf(existing)
      : { status: 'draft', channel: null, sentAt: null, events: [], revision: 0 };
    const sameText = existing && existing.text === p.text && existing.subject === p.subject;
    const refused = sameText && existing.recipient === p.recipient ? null : existing ? mayEdit(lc, p.revision) : null;
    if (refused) return { ok: false, error: refused, problems };
    if (p.channel) lc = recordChannel(lc, p.channel, now);
    if (p.status === 'sent') {
      const step = markSent(lc, null, now);
      if (!step.ok) return { ok: false, error: step.error, problems };
      lc = step.patch;
    }
    const row: NoticeRow = {
      format: p.format,
      flagIds: p.flagIds,
      marketplace: p.marketplace,
      text: p.text,
      subject: p.subject,
      recipient: p.recipient,
      createdAt: existing?.createdAt ?? now,
      caseId: existing?.caseId ?? null,
      ...lc,
      revision: lc.revision + 1,
    };
    const id = existing?.id ?? ((await db.notices.add(row)) as number);
    if (existing) await db.notices.put({ ...row, id });
    if (lc.status === 'sent' && existing?.status !== 'sent') await flagsFollow(db, p.flagIds, 'sent', now);
    return { ...saved(id, row as Lifecycle), problems };
  });
}

/** A download, mail link or form opened for a stored notice: an event, whatever the status. */
export async function noteChannel(db: ListingLensDb, id: number, channel: ChannelId, now = Date.now()) {
  return db.transaction('rw', db.notices, async (): Promise<SaveResult> => {
    const row = await db.notices.get(id);
    if (!row) return { ok: false, error: 'That notice no longer exists.', problems: [] };
    const lc = recordChannel(lifecycleOf(row), channel, now);
    await db.notices.update(id, { events: lc.events, revision: lc.revision });
    return saved(id, lc);
  });
}

/** "Sent" through a channel the extension itself used (the POST). */
export async function sentThrough(db: ListingLensDb, id: number, channel: ChannelId, now = Date.now()) {
  return db.transaction('rw', db.notices, db.flags, async (): Promise<SaveResult> => {
    const row = await db.notices.get(id);
    if (!row) return { ok: false, error: 'That notice no longer exists.', problems: [] };
    const step = markSent(lifecycleOf(row), channel, now);
    if (!step.ok) return { ok: false, error: step.error, problems: [] };
    await db.notices.update(id, { ...step.patch });
    await flagsFollow(db, row.flagIds, 'sent', now);
    return saved(id, step.patch);
  });
}

/** An outcome (or a platform case id) recorded on a notice applies to the listings it carried. */
export async function updateNotice(
  db: ListingLensDb,
  p: Request<'ui:notice-update'>,
  now = Date.now(),
): Promise<ActionResult> {
  return db.transaction('rw', db.notices, db.flags, async (): Promise<ActionResult> => {
    const row = await db.notices.get(p.id);
    if (!row) return { ok: false, error: 'That notice no longer exists.' };
    let lc = lifecycleOf(row);
    if (p.status && p.status !== lc.status) {
      const step = moveTo(lc, p.status, now);
      if (!step.ok) return { ok: false, error: step.error };
      lc = step.patch;
      await flagsFollow(db, row.flagIds, lc.status, now);
    }
    const caseId = p.caseId !== undefined ? p.caseId : row.caseId;
    await db.notices.update(p.id, { ...lc, caseId });
    if (p.caseId !== undefined) await db.flags.where('id').anyOf(row.flagIds).modify({ caseId: p.caseId });
    return { ok: true, message: p.status ? `Recorded: ${p.status}.` : 'Saved.' };
  });
}
