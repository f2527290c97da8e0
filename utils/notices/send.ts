import type { ListingLensDb } from '../db';
import type { Request } from '../messages';
import { getActivePack } from '../packs/active';
import { getActiveRow } from '../packs/store';
import { buildCaseFile } from './case-file';
import { buildEml } from './eml';
import { toBase64 } from '../bytes';
import { isoDay } from './text';
import { noteChannel, sentThrough } from './store';
import { evidenceBytes, evidenceExt } from '../evidence/capture';
import { loadProfile } from '../profile';
import type { FileResult } from '../cases/types';

// Saving and sending the notice the user reviewed. Every path starts from the stored notice
// text (what the user saw), and nothing leaves the device except through a channel the user
// chose on an extension page; the POST goes only to an endpoint a signed pack names.
async function noticeWithEvidence(db: ListingLensDb, id: number) {
  const notice = await db.notices.get(id);
  if (!notice) return null;
  const evidence = await db.evidence.where('flagId').anyOf(notice.flagIds).toArray();
  const flags = (await db.flags.bulkGet(notice.flagIds)).filter(Boolean);
  return { notice, evidence, flags };
}

export async function noticeEml(db: ListingLensDb, id: number, now = new Date()): Promise<FileResult> {
  const got = await noticeWithEvidence(db, id);
  if (!got) return { ok: false, error: 'That notice no longer exists.' };
  const profile = await loadProfile(db);
  const eml = buildEml({
    from: { name: profile.name, email: profile.email },
    to: got.notice.recipient,
    subject: got.notice.subject,
    text: got.notice.text,
    date: now,
    attachments: got.evidence.map((e) => ({
      filename: `flag-${e.flagId}-${e.kind}.${evidenceExt(e)}`,
      mime: e.mime,
      bytes: evidenceBytes(e),
    })),
  });
  return { ok: true, filename: `notice-${id}.eml`, mime: 'message/rfc822', text: eml };
}

export async function noticeCaseFile(db: ListingLensDb, id: number, now = new Date()): Promise<FileResult> {
  const got = await noticeWithEvidence(db, id);
  if (!got) return { ok: false, error: 'That notice no longer exists.' };
  const zip = await buildCaseFile({ notice: got.notice, flags: got.flags, evidence: got.evidence, now });
  return {
    ok: true,
    filename: `case-${id}-${isoDay(now)}.zip`,
    mime: 'application/zip',
    base64: toBase64(zip),
  };
}

/** POSTs a stored notice to an endpoint named by the active, signature-verified pack. */
export async function postNotice(
  db: ListingLensDb,
  p: Request<'ui:notice-post'>,
  fetcher: typeof fetch = fetch,
): Promise<{ ok: true; status: number } | { ok: false; error: string }> {
  const [notice, pack, row] = await Promise.all([db.notices.get(p.noticeId), getActivePack(db), getActiveRow(db)]);
  if (!notice) return { ok: false, error: 'That notice no longer exists.' };
  if (!pack || !row?.verified)
    return { ok: false, error: 'Only a signed, verified rule pack can name an endpoint to send notices to.' };
  const flags = (await db.flags.bulkGet(notice.flagIds)).filter(Boolean);
  const brandIds = new Set(flags.map((f) => f!.brandId));
  const allowed = pack.brands.filter((b) => brandIds.has(b.id)).flatMap((b) => b.contacts.endpoints);
  if (!allowed.includes(p.endpoint) || !p.endpoint.startsWith('https://'))
    return { ok: false, error: 'That address is not an endpoint the pack names for this brand.' };
  const profile = await loadProfile(db);
  try {
    const res = await fetcher(p.endpoint, {
      method: 'POST',
      credentials: 'omit',
      redirect: 'error',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: notice.format,
        marketplace: notice.marketplace,
        subject: notice.subject,
        text: notice.text,
        urls: flags.map((f) => f!.url),
        notifier: { name: profile.name, email: profile.email, role: profile.role },
      }),
    });
    if (!res.ok) return { ok: false, error: `The endpoint answered ${res.status}; the notice was not accepted.` };
    // Already sent another way (a second POST, say): the event is still recorded, the status kept.
    const marked = await sentThrough(db, notice.id!, 'post');
    if (!marked.ok) await noteChannel(db, notice.id!, 'post');
    return { ok: true, status: res.status };
  } catch (e) {
    return { ok: false, error: `Could not reach the endpoint: ${String((e as Error)?.message ?? e).slice(0, 200)}` };
  }
}
