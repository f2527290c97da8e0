// Page-level scoring: a results page shows many listings of the same brand, and a price far below
// what the others ask is a second price signal (median/MAD, so a few fakes cannot drag the median).
import type { Listing, Verdict } from '../types';
import { analyse } from './analyse';
import type { Analysis } from './analyse';
import type { Engine } from './engine-data';
import { judge } from './judge';
import { pageStats } from './price';
import type { PageStats } from './price';

/** Prices by brand of the page's listings that claim the brand and are not parts or accessories. */
export function pagePrices(engine: Engine, analyses: Analysis[], verdicts: Verdict[]): Map<number, PageStats> {
  const byBrand = new Map<number, number[]>();
  analyses.forEach((an, i) => {
    const id = verdicts[i].brandId;
    if (!id || an.priceBase === null || an.accessory || an.used) return;
    const b = an.mentions.find((m) => !m.passing && engine.a.brandId[m.brand] !== undefined && idOf(engine, m.brand) === id)?.brand;
    if (b === undefined) return;
    if (!verdicts[i].reasons.some((r) => r.signal === 'brand' || r.signal === 'model') || verdicts[i].reasons.every((r) => r.weight === 0)) return;
    byBrand.set(b, [...(byBrand.get(b) ?? []), an.priceBase]);
  });
  const out = new Map<number, PageStats>();
  for (const [b, prices] of byBrand) {
    const s = pageStats(prices);
    if (s) out.set(b, s);
  }
  return out;
}

export function scorePageWith(engine: Engine, listings: Listing[], marketplace: string | null, only?: number): Verdict[] {
  const analyses = listings.map((l) => analyse(engine, l, marketplace));
  const first = analyses.map((an) => judge(engine, an));
  const stats = pagePrices(engine, analyses, first);
  if (stats.size === 0) return only === undefined ? first : [first[only]];
  const redo = (i: number) => (analyses[i].priceBase !== null ? judge(engine, analyses[i], stats) : first[i]);
  return only === undefined ? analyses.map((_, i) => redo(i)) : [redo(only)];
}

import { str } from './strings';
const idOf = (engine: Engine, b: number) => str(engine, engine.a.brandId[b]);
