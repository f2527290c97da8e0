import { describe, expect, it } from 'vitest';
import { compilePack, scoreListing } from '../../../utils/engine/index';
import { listing, testEngine, testPack } from './helpers';

const blocked = { id: '2001234567', name: null, url: null };
const authorised = { id: '1100988776', name: null, url: null };

describe('rules of judgement', () => {
  // [case, title, listing extras, marketplace, expected level]
  it.each([
    ['brand mention alone', 'Bose QC45 headphones', {}, undefined, 'ok'],
    ['price alone (strong) stays below suspect', 'Bose QC45 headphones', { usd: 20 }, undefined, 'watch'],
    ['price alone, used, stays ok', 'Bose QC45 headphones', { usd: 20, condition: 'used' }, undefined, 'ok'],
    ['coded word next to the brand', 'Bose QC45 replica', {}, undefined, 'suspect'],
    ['disguised brand alone', 'B0SE QC45 headphones', {}, undefined, 'watch'],
    ['disguised brand and a low price', 'B0SE QC45 headphones', { usd: 40 }, undefined, 'suspect'],
    ['blocked seller and brand', 'Bose QC45 headphones', { seller: blocked }, 'aliexpress', 'suspect'],
    ['blocked seller, no brand', 'Wireless headphones', { seller: blocked }, 'aliexpress', 'watch'],
    [
      'authorised seller, even with coded words',
      'Bose QC45 replica 1:1',
      { usd: 20, seller: authorised },
      'aliexpress',
      'ok',
    ],
    ['no brand, coded words and a low price', 'Replica 1:1 wireless headphones AAA', { usd: 5 }, undefined, 'ok'],
    ['model term without the brand name', 'QC45 replica headphones', {}, undefined, 'suspect'],
    ['unknown model alone', 'Bose QC55 headphones', {}, undefined, 'watch'],
    ['unknown model and a coded word', 'Bose QC55 replica headphones', {}, undefined, 'suspect'],
    [
      'brand in passing with coded words and price',
      'Case for Samsung Galaxy S24 replica 1:1',
      { usd: 2 },
      undefined,
      'ok',
    ],
  ] as const)('%s', (_, title, extra, marketplace, level) => {
    const v = scoreListing(testEngine(), listing(title, extra as object), { marketplace });
    expect(v.level).toBe(level);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(100);
  });

  it('price can never reach suspect, however strong, and the reason says why', () => {
    const v = scoreListing(testEngine(), listing('Samsung Galaxy S24 Ultra', { usd: 1, listingId: 'x' }), {
      pageListings: [],
    });
    expect(v.level).toBe('watch');
    expect(v.score).toBeLessThan(70);
  });

  it('every verdict with a score explains it', () => {
    for (const t of ['Bose QC45 replica', 'B0SE QC45', 'Bose QC45 headphones', 'Bose QC55']) {
      const v = scoreListing(testEngine(), listing(t, { usd: 50 }));
      expect(v.reasons.length).toBeGreaterThan(0);
      for (const r of v.reasons) {
        expect(r.message.length).toBeGreaterThan(10);
        expect(Object.keys(r.evidence).length).toBeGreaterThan(0);
      }
    }
  });

  it('reports the verdict about the brand with the strongest case', () => {
    const v = scoreListing(testEngine(), listing('Samsung phone with Bose QC45 replica headphones bundle'));
    expect(v.brandId).toBe('bose');
  });

  it('takes its thresholds from the pack', () => {
    const strict = compilePack({ ...testPack(), thresholds: { watch: 10, suspect: 20 } });
    expect(scoreListing(strict, listing('Bose QC45 headphones')).level).toBe('watch');
    expect(scoreListing(strict, listing('Bose QC45 headphones', { usd: 20 })).level).toBe('watch'); // price alone: capped below suspect
    expect(scoreListing(strict, listing('Bose QC45 replica')).level).toBe('suspect');
  });
});
