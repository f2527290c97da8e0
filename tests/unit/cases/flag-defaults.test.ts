import { describe, expect, it } from 'vitest';
import { flagBrand } from '../../../utils/cases/flag-defaults';
import type { Verdict } from '../../../utils/types';

const verdict = (over: Partial<Verdict> = {}): Verdict => ({
  listingId: 'x',
  level: 'suspect',
  score: 80,
  brandId: 'canada-goose',
  reasons: [
    { signal: 'price', weight: 10, message: 'p', evidence: { price: 1 } },
    { signal: 'model', weight: 10, message: 'm', evidence: { brand: 'Canada Goose', model: 'Expedition Parka' } },
  ],
  ...over,
});

describe('flag form brand', () => {
  it('comes from the verdict, not the page label', () => {
    expect(flagBrand(verdict())).toBe('Canada Goose');
  });
  it('starts empty without a verdict about a brand, rather than "Generic"', () => {
    expect(flagBrand(null)).toBe('');
    expect(flagBrand(verdict({ brandId: null }))).toBe('');
  });
});
