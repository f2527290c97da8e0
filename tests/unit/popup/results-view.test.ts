import { describe, expect, it } from 'vitest';
import { resultsView } from '../../../components/popup/results-view';
import type { Listing, Verdict } from '../../../utils/types';

const listing = (id: string): Listing => ({
  title: id,
  price: null,
  seller: null,
  brand: null,
  listingId: id,
  url: null,
  image: null,
  condition: null,
  sponsored: null,
});
const verdict = (id: string, level: Verdict['level'], score: number): Verdict => ({
  listingId: id,
  level,
  score,
  reasons: [],
});

describe('results view', () => {
  const listings = ['a', 'b', 'c', 'd', 'e'].map(listing);
  const verdicts = [
    verdict('a', 'ok', 5),
    verdict('b', 'suspect', 70),
    verdict('c', 'watch', 40),
    verdict('d', 'suspect', 90),
  ];

  it('puts the worst first, then the highest score, unscored last among the ok', () => {
    const v = resultsView(listings, verdicts, false);
    expect(v.rows.map((r) => r.listing.listingId)).toEqual(['d', 'b', 'c', 'a', 'e']);
    expect([v.total, v.worthALook, v.suspect]).toEqual([5, 3, 2]);
  });

  it('filters to suspect listings and keeps the page counts', () => {
    const v = resultsView(listings, verdicts, true);
    expect(v.rows.map((r) => r.listing.listingId)).toEqual(['d', 'b']);
    expect(v.total).toBe(5);
  });
});
