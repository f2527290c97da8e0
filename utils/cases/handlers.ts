import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { ListingLensDb } from '../db';
import type { Request } from '../messages';
import { getActiveRow } from '../packs/store';
import { captureForFlag, recaptureForFlag } from './capture-tab';
import { composeNotices } from '../notices/compose';
import { createFlag, precheckFlag } from './create';
import { deleteFlags, evidenceMeta, exportHistory, historyView, updateFlag, applyRetention } from './history';
import { noticeCaseFile, noticeEml, postNotice } from '../notices/send';
import { noteChannel, saveNotice, updateNotice } from '../notices/store';
import { addTestBuyPhoto } from './photos';
import { addMissingScreenshot } from './screenshot';
import { basketItem, retentionItem } from './settings';
import { reviewedFineItem } from '../background/page-settings';
import type { FlagCreateResult } from './types';

export interface FlagContext {
  db: ListingLensDb;
  senderUrl: string | null;
  tabId: number | null;
}

// The background side of flags and notices. The router has already checked that every `ui:*`
// message came from an extension page and validated its payload; `content:open-flag` is the
// one message a web page can cause, and it only opens the flag page, never creates anything.
export const flagHandlers = {
  'ui:flag-precheck': (p: Request<'ui:flag-precheck'>, { db }: FlagContext) => precheckFlag(db, p),

  'ui:flag-create': async (p: Request<'ui:flag-create'>, { db }: FlagContext): Promise<FlagCreateResult> => {
    const pack = await getActiveRow(db).catch(() => null);
    // The listing's address is checked against the tab it was seen in, as the browser reports it.
    const tab = p.capture ? await browser.tabs.get(p.capture.tabId).catch(() => null) : null;
    const { existing, ...created } = await createFlag(db, p, pack?.id ?? null, Date.now(), tab?.url ?? null);
    if (!created.ok) return created;
    if (existing || created.reopened) {
      // A retry after the worker stopped, or an open case flagged again: report the evidence already
      // stored rather than take it twice; an open case still without a screenshot gets what is missing.
      const stored = await db.evidence.where('flagId').equals(created.flagId).toArray();
      const done = existing ? stored.length > 0 : stored.some((e) => e.kind === 'screenshot');
      if (done || !p.capture)
        return {
          ...created,
          capture: stored.length ? { ok: true, missing: [], evidence: stored.map(evidenceMeta) } : null,
        };
    }
    if (!p.capture) return created;
    return { ...created, capture: await captureForFlag(db, created.flagId, p.capture.tabId, p.capture.pageUrl) };
  },

  'ui:flag-capture': (p: Request<'ui:flag-capture'>, { db }: FlagContext) =>
    captureForFlag(db, p.flagId, p.tabId, p.pageUrl),

  'ui:flag-recapture': (p: Request<'ui:flag-recapture'>, { db }: FlagContext) => recaptureForFlag(db, p.flagId),

  'ui:flag-screenshot': (p: Request<'ui:flag-screenshot'>, { db }: FlagContext) => addMissingScreenshot(db, p.tabId),

  'ui:flag-photo': (p: Request<'ui:flag-photo'>, { db }: FlagContext) => addTestBuyPhoto(db, p),

  'ui:history': (_: Request<'ui:history'>, { db }: FlagContext) => historyView(db),

  'ui:flag-update': (p: Request<'ui:flag-update'>, { db }: FlagContext) => updateFlag(db, p),

  'ui:flag-delete': async (p: Request<'ui:flag-delete'>, { db }: FlagContext) => {
    await deleteFlags(db, p.ids);
    return {
      ok: true as const,
      message: p.ids.length === 1 ? t('bg_flags_deleted_one') : t('bg_flags_deleted', p.ids.length),
    };
  },

  'ui:history-clear': async (_: Request<'ui:history-clear'>, { db }: FlagContext) => {
    await db.transaction('rw', db.flags, db.evidence, db.notices, async () => {
      await Promise.all([db.flags.clear(), db.evidence.clear(), db.notices.clear()]);
    });
    await basketItem().setValue([]);
    await reviewedFineItem().setValue([]);
    return { ok: true as const, message: t('bg_history_cleared') };
  },

  'ui:history-export': (p: Request<'ui:history-export'>, { db }: FlagContext) => exportHistory(db, p.kind),

  'ui:retention': async (p: Request<'ui:retention'>, { db }: FlagContext) => {
    await retentionItem().setValue(p.days);
    const deleted = await applyRetention(db, p.days, Date.now());
    return {
      ok: true as const,
      message: !p.days
        ? t('bg_retention_forever')
        : deleted
          ? t('bg_retention_days_now', p.days, deleted)
          : t('bg_retention_days', p.days),
    };
  },

  'ui:basket': async (p: Request<'ui:basket'>, _ctx: FlagContext) => {
    const cur = p.clear ? [] : await basketItem().getValue();
    const next = [...new Set([...cur, ...(p.add ?? [])])].filter((id) => !(p.remove ?? []).includes(id));
    await basketItem().setValue(next);
    return { flagIds: next };
  },

  'ui:notice-compose': (p: Request<'ui:notice-compose'>, { db }: FlagContext) => composeNotices(db, p),

  'ui:notice-save': (p: Request<'ui:notice-save'>, { db }: FlagContext) => saveNotice(db, p),

  'ui:notice-update': (p: Request<'ui:notice-update'>, { db }: FlagContext) => updateNotice(db, p),

  'ui:notice-channel': (p: Request<'ui:notice-channel'>, { db }: FlagContext) => noteChannel(db, p.id, p.channel),

  'ui:notice-delete': async (p: Request<'ui:notice-delete'>, { db }: FlagContext) => {
    await db.notices.delete(p.id);
    return { ok: true as const, message: t('bg_notice_deleted') };
  },

  'ui:notice-file': (p: Request<'ui:notice-file'>, { db }: FlagContext) =>
    p.kind === 'eml' ? noticeEml(db, p.noticeId) : noticeCaseFile(db, p.noticeId),

  'ui:notice-post': (p: Request<'ui:notice-post'>, { db }: FlagContext) => postNotice(db, p),

  /** A badge click: open the flag page for that listing. The user confirms there; nothing is created here. */
  'content:open-flag': async (p: Request<'content:open-flag'>, { tabId }: FlagContext) => {
    if (tabId === null) return { ok: true as const };
    const url = `${browser.runtime.getURL('/notice.html')}#flag=${tabId}:${encodeURIComponent(p.listingId)}`;
    await browser.windows
      .create({ url, type: 'popup', width: 760, height: 900 })
      .catch(() => browser.tabs.create({ url }));
    return { ok: true as const };
  },
};
