import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  bounded,
  persist,
  readTabState,
  STORED_BYTES,
  STORED_LISTINGS,
  saveTabState,
  tabStateStats,
} from '../../../utils/background/tab-state';
import type { TabState } from '../../../utils/messages';
import type { Listing, Verdict } from '../../../utils/types';

// Two hostile results pages once filled the 10 MB session storage and every later tab got no badge.
const listing = (i: number): Listing => ({
  title: `${'Long title '.repeat(180)}${i}`,
  price: null,
  seller: { name: 's'.repeat(400), id: null, url: null },
  brand: null,
  listingId: `L${i}`,
  url: `https://www.ebay.com/itm/${i}`,
  image: null,
  condition: null,
  sponsored: null,
});
const verdict = (i: number): Verdict => ({
  listingId: `L${i}`,
  level: i % 50 === 7 ? 'suspect' : 'ok',
  score: 1,
  reasons: [],
});
const page = (n: number): TabState => ({
  kind: 'judged',
  url: 'https://www.ebay.com/sch/i.html',
  adapter: 'ebay',
  page: 'search',
  listings: Array.from({ length: n }, (_, i) => listing(i)),
  verdicts: Array.from({ length: n }, (_, i) => verdict(i)),
  packName: 'p',
});

beforeEach(() => fakeBrowser.reset());

describe('tab state', () => {
  it('stores a bounded copy per tab: every flagged listing first, in page order', () => {
    const out = bounded(page(500)) as Extract<TabState, { kind: 'judged' }>;
    expect(JSON.stringify(out).length).toBeLessThanOrEqual(STORED_BYTES);
    expect(out.listings.length).toBeLessThanOrEqual(STORED_LISTINGS);
    const flagged = out.verdicts.filter((v) => v.level === 'suspect').map((v) => v.listingId);
    expect(flagged).toEqual(['L7', 'L57', 'L107', 'L157', 'L207', 'L257', 'L307', 'L357', 'L407', 'L457']);
    const order = out.listings.map((l) => Number(l.listingId.slice(1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('answers from memory at once and counts a refused write instead of throwing', async () => {
    const state = page(3);
    saveTabState(9, state);
    expect(await readTabState(9)).toBe(state);
    const before = tabStateStats.failures;
    fakeBrowser.storage.session.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await persist(9);
    expect(tabStateStats.failures).toBe(before + 1);
    expect(tabStateStats.lastFailure).toMatch(/quota/);
  });
});
