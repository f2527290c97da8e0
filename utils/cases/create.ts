import type { FlagRow, ListingLensDb } from '../db';
import type { Request } from '../messages';
import { cleanListingUrl } from '../notices/url-clean';
import { listingUrlForFlag } from './listing-url';
import { findRelistings } from './relisting';
import type { FlagCreateResult, FlagPrecheck } from './types';
import { loadProfile } from '../profile';

/** A case is open until the platform removed the listing, rejected the notice, or the user withdrew it. */
const CLOSED = ['removed', 'rejected', 'withdrawn'];

// A flag is the user's confirmed claim about one listing. It is written on its own, first,
// so that nothing that follows (evidence capture, storage trouble, a closed popup) can lose it.
// The worker can be stopped at any moment, also between saving the flag and answering: the form
// then asks again with the same request id, and finds the saved flag (`existing`) instead of
// writing a duplicate. There is one open flag per listing and role: flagging it again returns
// that case (`reopened`) instead of a second row.
export async function createFlag(
  db: ListingLensDb,
  p: Request<'ui:flag-create'>,
  packId: string | null,
  now = Date.now(),
  tabUrl: string | null = null,
): Promise<FlagCreateResult & { existing?: boolean }> {
  const clean = cleanListingUrl(p.url);
  if (!clean.ok && clean.reason === 'invalid') return { ok: false, error: clean.message };
  const named = listingUrlForFlag(clean.ok ? clean.url : p.url, p.listing.listingId, p.marketplace, tabUrl);
  if (!named.ok) return named;
  const { role } = await loadProfile(db);
  const row: FlagRow = {
    ...(p.requestId ? { requestId: p.requestId } : {}),
    listingId: p.listing.listingId,
    url: named.url,
    marketplace: p.marketplace,
    type: p.type,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    listing: { ...p.listing, title: p.listing.title.trim() },
    verdict: p.verdict,
    note: p.note,
    testBuy: p.type === 'COUNTERFEIT' ? p.testBuy : null,
    brandId: p.verdict?.brandId ?? null,
    packId,
    caseId: null,
    outcome: null,
    role,
  };
  let saved: { id: number; existing: boolean; reopened?: boolean };
  try {
    saved = await db.transaction('rw', db.flags, async () => {
      const same = p.requestId
        ? await db.flags
            .where('listingId')
            .equals(row.listingId)
            .filter((f) => f.requestId === p.requestId)
            .first()
        : undefined;
      if (same?.id !== undefined) return { id: same.id, existing: true };
      const open = await db.flags
        .where('listingId')
        .equals(row.listingId)
        .filter((f) => f.marketplace === row.marketplace && (f.role ?? role) === role && !CLOSED.includes(f.status))
        .first();
      if (open?.id !== undefined) return { id: open.id, existing: false, reopened: true };
      return { id: (await db.flags.add(row)) as number, existing: false };
    });
  } catch (e) {
    return { ok: false, error: `The flag could not be saved: ${String((e as Error)?.message ?? e).slice(0, 200)}` };
  }
  const past = (await db.flags.where('marketplace').equals(p.marketplace).toArray()).filter((f) => f.id !== saved.id);
  const relistings = findRelistings(row.listing, p.marketplace, past);
  return {
    ok: true,
    flagId: saved.id,
    capture: null,
    relistings,
    ...(saved.existing ? { existing: true } : {}),
    ...(saved.reopened ? { reopened: true } : {}),
  };
}

/** What the flag form shows before saving: earlier cases for this listing or a re-listing of one. */
export async function precheckFlag(db: ListingLensDb, p: Request<'ui:flag-precheck'>): Promise<FlagPrecheck> {
  const past = await db.flags.where('marketplace').equals(p.marketplace).toArray();
  const same = past.filter((f) => f.listingId === p.listing.listingId).sort((a, b) => b.createdAt - a.createdAt)[0];
  const profile = await loadProfile(db);
  return {
    relistings: findRelistings(p.listing, p.marketplace, past),
    alreadyFlagged: same?.id !== undefined ? { id: same.id, status: same.status, createdAt: same.createdAt } : null,
    role: profile.role,
  };
}
