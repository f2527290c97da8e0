// Price signals. Price is supporting evidence only (fakes often sell ~15% below retail, genuine
// stock is discounted), so the grades are modest and the judgement never lets price alone reach
// "suspect". Grades follow the alliance guidance: below 0.40 of the reference strong, 0.40-0.60
// moderate, 0.60-0.85 weak. A floor is already the lowest legitimate price, so its grades sit higher.
import type { Engine } from './engine-data';
import { NO_STRING } from './engine-data';
import { regionCurrency } from './regions';
import { str } from './strings';

import type { PriceGrade } from './weights';
export type { PriceGrade } from './weights';

export interface Reference {
  model: number;
  base: number;
  amount: number;
  currency: string;
  kind: 'msrp' | 'floor';
}

/**
 * The model's reference for a listing. A price's region may be a marketplace key ("amazon") or a
 * region code ("EU", "GB"); the listing has no region, so its currency stands in. Preference: the
 * marketplace's own price, then one in the listing's currency (no region, or a region using that
 * currency), then one for a region using that currency, then one without region, then the first.
 */
export function referenceFor(
  engine: Engine,
  model: number,
  marketplace: string | null,
  listingCurrency: string | null = null,
): Reference | null {
  const a = engine.a;
  const from = a.modelPriceStart[model];
  const to = from + a.modelPriceCount[model];
  const cur = listingCurrency ? listingCurrency.toUpperCase() : null;
  let pick = -1,
    rank = 0;
  for (let i = from; i < to; i++) {
    const region = a.priceRegion[i];
    const r = region === NO_STRING ? null : str(engine, region);
    const inRegion = r !== null && cur !== null && regionCurrency(r) === cur;
    // A regional floor says what that market charges at least; prices elsewhere differ (Aptamil in
    // Brazil is not sold at the EU floor), so it applies only to listings in that region's currency.
    if (a.priceKind[i] === 1 && r !== null && !inRegion && r !== marketplace) continue;
    // A price keyed to another marketplace or region only ranks above nothing at all.
    const rk =
      marketplace && r === marketplace
        ? 5
        : cur && (r === null || inRegion) && str(engine, a.priceCurrency[i]) === cur
          ? 4
          : inRegion
            ? 3
            : r === null
              ? 2
              : 1;
    if (rk > rank) (pick = i), (rank = rk);
  }
  if (pick < 0) return null;
  const currency = str(engine, a.priceCurrency[pick]);
  return {
    model,
    base: a.priceAmount[pick] * (engine.meta.rates[currency] ?? NaN),
    amount: a.priceAmount[pick],
    currency,
    kind: a.priceKind[pick] === 1 ? 'floor' : 'msrp',
  };
}

// Rates by currency as listings write it, for the engine last used: listings name a handful of
// currencies, and upper-casing one allocates a string.
let rateEngine: Engine | null = null;
let rateByCurrency = new Map<string, number | undefined>();

/** Units of the base currency per unit of `currency` (any case), or undefined. */
export function rateOf(engine: Engine, currency: string | null | undefined): number | undefined {
  if (!currency) return undefined;
  if (engine !== rateEngine) (rateEngine = engine), (rateByCurrency = new Map());
  let rate = rateByCurrency.get(currency);
  if (rate === undefined && !rateByCurrency.has(currency)) {
    const key = currency.toUpperCase();
    rate = Object.hasOwn(engine.meta.rates, key) ? engine.meta.rates[key] : undefined;
    if (rateByCurrency.size < 64) rateByCurrency.set(currency, rate); // page text chooses these: keep the cache small
  }
  return rate;
}

export function gradePrice(ratio: number, kind: 'msrp' | 'floor'): PriceGrade | null {
  // Plain constants, not a destructured array: this runs for every priced model mention.
  const floor = kind === 'floor';
  const strong = floor ? 0.5 : 0.4,
    moderate = floor ? 0.75 : 0.6,
    weak = floor ? 1 : 0.85;
  if (ratio < strong) return 'strong';
  if (ratio < moderate) return 'moderate';
  if (ratio < weak) return 'weak';
  return null;
}

export interface PageStats {
  median: number;
  mad: number;
  count: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and MAD of one brand's prices on a page; null below five listings (too few to judge). */
export function pageStats(prices: number[]): PageStats | null {
  if (prices.length < 5) return null;
  const med = median(prices);
  return { median: med, mad: median(prices.map((p) => Math.abs(p - med))), count: prices.length };
}

/**
 * A robust low outlier: modified z-score below -3.5 (Iglewicz-Hoaglin) and under half the median,
 * so that a tight cluster of prices does not make an ordinary discount look like an outlier.
 */
export function isLowOutlier(price: number, s: PageStats): boolean {
  if (price >= 0.5 * s.median) return false;
  if (s.mad === 0) return true;
  return (0.6745 * (price - s.median)) / s.mad < -3.5;
}

export const fmtMoney = (amount: number, currency: string) => `${amount.toFixed(2)} ${currency}`;
