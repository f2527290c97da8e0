import type { Level, Listing, Verdict } from '../../utils/types';

const RANK: Record<Level, number> = { suspect: 0, watch: 1, ok: 2 };

interface ResultRow {
  listing: Listing;
  verdict: Verdict | null;
}

export interface ResultsView {
  rows: ResultRow[];
  total: number;
  suspect: number;
  worthALook: number;
}

/** A results page for the popup: worst first (then by score), optionally suspect listings only. */
export function resultsView(listings: Listing[], verdicts: Verdict[], suspectOnly: boolean): ResultsView {
  const byId = new Map(verdicts.map((v) => [v.listingId, v]));
  const all = listings
    .map((listing) => ({ listing, verdict: byId.get(listing.listingId) ?? null }))
    .sort(
      (a, b) =>
        RANK[a.verdict?.level ?? 'ok'] - RANK[b.verdict?.level ?? 'ok'] ||
        (b.verdict?.score ?? 0) - (a.verdict?.score ?? 0),
    );
  const suspect = all.filter((r) => r.verdict?.level === 'suspect').length;
  const worthALook = all.filter((r) => r.verdict && r.verdict.level !== 'ok').length;
  return {
    rows: suspectOnly ? all.filter((r) => r.verdict?.level === 'suspect') : all,
    total: all.length,
    suspect,
    worthALook,
  };
}
