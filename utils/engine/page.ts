// Page-level scoring: a results page shows many listings of the same brand, and a price far below
// what the others ask is a second price signal (median/MAD, so a few fakes cannot drag the median).
import type { Listing, Verdict } from '../types';
import { analyse as analyse$ } from './analyse';
import type { Analysis } from './analyse';
import type { Engine } from './engine-data';
import { judge as judge$ } from './judge';
import { pageStats as pageStats$ } from './price';
import type { PageStats } from './price';
import { brandIdOf as brandIdOf$ } from './strings';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const analyse = analyse$,
  judge = judge$,
  pageStats = pageStats$,
  brandIdOf = brandIdOf$;

/** Prices by brand of the page's listings that claim a brand and are not used goods, parts or accessories. */
function pagePrices(engine: Engine, analyses: Analysis[], verdicts: Verdict[]): Map<number, PageStats> {
  const byBrand = new Map<number, number[]>();
  analyses.forEach((an, i) => {
    const v = verdicts[i];
    if (!v.brandId || an.priceBase === null || an.accessory || an.used) return;
    if (!v.reasons.some((r) => (r.signal === 'brand' || r.signal === 'model') && r.weight > 0)) return;
    const b = an.mentions.find((m) => !m.passing && brandIdOf(engine, m.brand) === v.brandId)?.brand;
    if (b === undefined) return;
    const prices = byBrand.get(b) ?? [];
    prices.push(an.priceBase);
    byBrand.set(b, prices);
  });
  const out = new Map<number, PageStats>();
  for (const [b, prices] of byBrand) {
    const s = pageStats(prices);
    if (s) out.set(b, s);
  }
  return out;
}

/** Scores a page; with `only`, returns just that listing's verdict (the others still set the page prices). */
export function scorePageWith(
  engine: Engine,
  listings: Listing[],
  marketplace: string | null,
  only?: number,
): Verdict[] {
  const analyses = listings.map((l) => analyse(engine, l, marketplace));
  const first = analyses.map((an) => judge(engine, an));
  const stats = pagePrices(engine, analyses, first);
  if (stats.size === 0) return only === undefined ? first : [first[only]];
  const redo = (i: number) => (analyses[i].priceBase !== null ? judge(engine, analyses[i], stats) : first[i]);
  return only === undefined ? analyses.map((_, i) => redo(i)) : [redo(only)];
}
