import type { EvidenceRow, ListingLensDb } from '../db';
import { t } from '../i18n';
import type { Request } from '../messages';
import { isoDay } from '../notices/text';
import { accuracyByPlatform } from './accuracy';
import { reviewedFineItem } from '../background/page-settings';
import { flagsCsv, historyJson, noticesCsv } from './export';
import { expiredIds } from './retention';
import { relistedFrom } from './relisting';
import { basketItem, retentionItem } from './settings';
import type { ActionResult, EvidenceMeta, FileResult, HistoryView } from './types';

/** What the UI is told about a stored artefact (never its data). */
export const evidenceMeta = (e: EvidenceRow): EvidenceMeta => ({
  id: e.id!,
  flagId: e.flagId,
  kind: e.kind,
  sha256: e.sha256,
  capturedAt: e.capturedAt,
});

// The options page's history: flags and notices with their status, outcomes, export, delete
// and retention. Deleting a flag deletes its evidence; notices keep a record of what was sent.
export async function historyView(db: ListingLensDb, now = Date.now()): Promise<HistoryView> {
  const retentionDays = await retentionItem().getValue();
  await applyRetention(db, retentionDays, now);
  const [flags, notices, evidence, basket] = await Promise.all([
    db.flags.orderBy('createdAt').reverse().toArray(),
    db.notices.orderBy('createdAt').reverse().toArray(),
    db.evidence.toArray(),
    basketItem().getValue(),
  ]);
  return {
    flags,
    notices,
    evidence: evidence.map(evidenceMeta),
    accuracy: accuracyByPlatform(flags, now),
    retentionDays,
    basket: basket.filter((id) => flags.some((f) => f.id === id)),
    relisted: Object.fromEntries(relistedFrom(flags)),
  };
}

export async function deleteFlags(db: ListingLensDb, ids: number[]): Promise<void> {
  await db.transaction('rw', db.flags, db.evidence, async () => {
    await db.evidence.where('flagId').anyOf(ids).delete();
    await db.flags.bulkDelete(ids);
  });
  const basket = await basketItem().getValue();
  await basketItem().setValue(basket.filter((id) => !ids.includes(id)));
}

export async function applyRetention(db: ListingLensDb, days: number, now: number): Promise<number> {
  const ids = expiredIds(await db.flags.toArray(), days, now);
  if (ids.length) await deleteFlags(db, ids);
  const oldNotices = expiredIds(await db.notices.toArray(), days, now);
  if (oldNotices.length) await db.notices.bulkDelete(oldNotices);
  return ids.length;
}

export async function updateFlag(db: ListingLensDb, p: Request<'ui:flag-update'>): Promise<ActionResult> {
  const { id, ...changes } = p;
  const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const n = await db.flags.update(id, {
    ...patch,
    ...(patch.status ? { outcome: patch.status as string } : {}),
    updatedAt: Date.now(),
  });
  return n ? { ok: true, message: t('bg_saved') } : { ok: false, error: t('bg_flag_gone') };
}

export async function exportHistory(
  db: ListingLensDb,
  kind: Request<'ui:history-export'>['kind'],
  now = new Date(),
): Promise<FileResult> {
  const day = isoDay(now);
  if (kind === 'flags-csv')
    return {
      ok: true,
      filename: `listing-lens-flags-${day}.csv`,
      mime: 'text/csv',
      text: flagsCsv(await db.flags.toArray()),
    };
  if (kind === 'notices-csv')
    return {
      ok: true,
      filename: `listing-lens-notices-${day}.csv`,
      mime: 'text/csv',
      text: noticesCsv(await db.notices.toArray()),
    };
  return {
    ok: true,
    filename: `listing-lens-history-${day}.json`,
    mime: 'application/json',
    text: historyJson(
      await db.flags.toArray(),
      await db.notices.toArray(),
      now,
      await reviewedFineItem()
        .getValue()
        .catch(() => []),
    ),
  };
}
