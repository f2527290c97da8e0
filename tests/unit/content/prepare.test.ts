import { describe, expect, it } from 'vitest';
import { prepareExtraction } from '../../../utils/content/prepare';
import { extractionSchema } from '../../../utils/messages';
import type { Listing } from '../../../utils/types';

const base: Listing = {
  title: 'x',
  price: null,
  seller: null,
  brand: null,
  listingId: 'id1',
  url: null,
  image: null,
  condition: null,
  sponsored: null,
};

describe('prepareExtraction', () => {
  it('fits overlong fields to the protocol instead of losing the page', () => {
    const x = prepareExtraction({
      adapter: 'ebay',
      page: 'search',
      missing: [],
      listings: [
        { ...base, title: 't'.repeat(9_000), seller: { name: 'n'.repeat(900), id: null, url: null } },
        ...Array.from({ length: 700 }, (_, i) => ({ ...base, listingId: `i${i}` })),
      ],
    });
    expect(extractionSchema.safeParse(x).success).toBe(true);
    expect(x.listings).toHaveLength(500);
    expect(x.listings[0].title).toHaveLength(2_000);
  });

  it('drops listings with no title or id and prices that are not prices', () => {
    const x = prepareExtraction({
      adapter: 'ebay',
      page: 'search',
      missing: [],
      listings: [
        { ...base, title: '  ' },
        { ...base, listingId: '' },
        { ...base, price: { amount: Number.NaN, currency: 'USD' } },
      ],
    });
    expect(x.listings).toHaveLength(1);
    expect(x.listings[0].price).toBeNull();
  });

  it('reports an unreadable page without half-read listings', () => {
    const x = prepareExtraction({
      adapter: 'amazon',
      page: 'product',
      missing: ['title'],
      listings: [{ ...base, title: '' }],
    });
    expect(x.listings).toEqual([]);
    expect(extractionSchema.safeParse(x).success).toBe(true);
  });
});
