import { captureForFlag } from '../cases/capture-tab';
import { createFlag } from '../cases/create';
import { updateFlag } from '../cases/history';
import { basketItem } from '../cases/settings';
import type { ListingLensDb } from '../db';
import { getActiveRow } from '../packs/store';
import type { Listing, Verdict } from '../types';
import { type ReviewedFine, reviewedFineItem } from './page-settings';

// Recording a triage decision, by the same paths as the rest of the extension: "flag" makes one flag
// per listing through createFlag (the flag form's path), several together in the case basket, from which
// one notice covers them (a flag's case id is the platform's case number, which the user enters);
// "looks fine" is a record on this device, the newest 5,000 kept.
const MAX_FINE = 5_000;

export interface Chosen {
  listing: Listing;
  verdict: Verdict | null;
}

interface Decision {
  marketplace: string;
  /** The page the listings were on: the flag's URL when a listing has none of its own. */
  pageUrl: string;
  chosen: readonly Chosen[];
  /** The note of each flag or record: the reviewer's reason, or the engine's when there was no prompt. */
  noteOf: (c: Chosen) => string;
  /** The tab the decision was made on: its page is each flag's evidence, as for a flag from the popup. */
  tabId?: number;
}

/**
 * Flags every chosen listing; returns the ids flagged (a refused one, e.g. a bad URL, is left out). An
 * earlier "looks fine" on a listing now flagged is withdrawn: the history keeps no contradiction.
 */
export async function flagAll(db: ListingLensDb, d: Decision, now = new Date()): Promise<string[]> {
  const packId = (await getActiveRow(db).catch(() => null))?.id ?? null;
  const done: string[] = [];
  const flagIds: number[] = [];
  for (const c of d.chosen) {
    const made = await createFlag(
      db,
      {
        url: c.listing.url ?? d.pageUrl,
        marketplace: d.marketplace,
        listing: c.listing,
        verdict: c.verdict,
        type: 'COUNTERFEIT',
        note: d.noteOf(c),
        testBuy: null,
        capture: null,
      },
      packId,
      now.getTime(),
    );
    if (!made.ok) continue;
    // A listing with an open flag keeps it (createFlag reopens it): the reason is added to its note.
    const prior = made.reopened ? await db.flags.get(made.flagId) : undefined;
    const note = prior ? addToNote(prior.note, d.noteOf(c)) : undefined;
    if (prior && note !== prior.note) await updateFlag(db, { id: made.flagId, note });
    done.push(c.listing.listingId);
    flagIds.push(made.flagId);
  }
  await forgetFine(d.marketplace, done);
  if (flagIds.length > 1) {
    const basket = await basketItem().getValue();
    await basketItem().setValue([...new Set([...basket, ...flagIds])]);
  }
  // Evidence after the answer: the flags are saved, and a capture (screenshot, snapshot) takes a moment each.
  if (d.tabId !== undefined) void captureEach(db, flagIds, d.tabId, d.pageUrl);
  return done;
}

/** Evidence for each flag from the tab it was decided on, one after another; what is missing is said in the history. */
async function captureEach(db: ListingLensDb, flagIds: readonly number[], tabId: number, pageUrl: string) {
  for (const id of flagIds) await captureForFlag(db, id, tabId, pageUrl).catch(() => undefined);
}

const MAX_NOTE = 4_000;

/** An open flag's note with a new reason after it (once), within the note's limit. */
function addToNote(note: string, reason: string): string {
  if (!reason || note.includes(reason)) return note;
  if (!note) return reason;
  return `${note.slice(0, Math.max(0, MAX_NOTE - reason.length - 2))}\n\n${reason}`.slice(0, MAX_NOTE);
}

const sameListing = (a: Pick<ReviewedFine, 'marketplace' | 'listingId'>) => (b: ReviewedFine) =>
  a.marketplace === b.marketplace && a.listingId === b.listingId;

/** Records "looks fine" for every chosen listing, replacing an earlier decision on the same one. */
export async function recordFine(d: Decision, now = Date.now()): Promise<string[]> {
  const rows: ReviewedFine[] = d.chosen.map((c) => ({
    marketplace: d.marketplace,
    listingId: c.listing.listingId,
    url: c.listing.url,
    title: c.listing.title,
    note: d.noteOf(c),
    decidedAt: now,
  }));
  const item = reviewedFineItem();
  const kept = (await item.getValue()).filter((r) => !rows.some((n) => sameListing(n)(r)));
  await item.setValue([...kept, ...rows].slice(-MAX_FINE));
  return rows.map((r) => r.listingId);
}

/** Undoes a "looks fine" decision, so the listing can be triaged again. */
export const removeFine = (which: Pick<ReviewedFine, 'marketplace' | 'listingId'>): Promise<boolean> =>
  forgetFine(which.marketplace, [which.listingId]);

/** Removes the decisions on these listings; true when there was one. */
async function forgetFine(marketplace: string, listingIds: readonly string[]): Promise<boolean> {
  const item = reviewedFineItem();
  const rows = await item.getValue();
  const kept = rows.filter((r) => r.marketplace !== marketplace || !listingIds.includes(r.listingId));
  if (kept.length === rows.length) return false;
  await item.setValue(kept);
  return true;
}

/** Of these listings on a marketplace, the ones a reviewer decided look fine (at most `max`, newest). */
export async function decidedFine(marketplace: string, listingIds: readonly string[], max: number): Promise<string[]> {
  const on = new Set(listingIds);
  const rows = await reviewedFineItem()
    .getValue()
    .catch(() => []);
  return rows
    .filter((r) => r.marketplace === marketplace && on.has(r.listingId))
    .map((r) => r.listingId)
    .slice(-max);
}
