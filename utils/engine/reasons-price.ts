// Price reasons: against the model's reference, and against the other listings of the same brand
// on the page. Both are skipped for parts and accessories, whose price says nothing about the brand.
import type { Reason } from '../types';
import type { Analysis, Mention } from './analyse';
import type { Engine } from './engine-data';
import {
  PRICE_WEIGHTS as PRICE_WEIGHTS$,
  RANGE_DAMPING as RANGE_DAMPING$,
  USED_DAMPING as USED_DAMPING$,
  fmtMoney as fmtMoney$,
  gradePrice as gradePrice$,
  isLowOutlier as isLowOutlier$,
  referenceFor as referenceFor$,
} from './price';
import type { PageStats, Reference } from './price';
import { brandName as brandName$, modelName as modelName$ } from './reasons-brand';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const PRICE_WEIGHTS = PRICE_WEIGHTS$,
  RANGE_DAMPING = RANGE_DAMPING$,
  USED_DAMPING = USED_DAMPING$,
  fmtMoney = fmtMoney$,
  gradePrice = gradePrice$,
  isLowOutlier = isLowOutlier$,
  referenceFor = referenceFor$,
  brandName = brandName$,
  modelName = modelName$;

const OUTLIER_WEIGHT = 15;

export function priceReasons(
  engine: Engine,
  an: Analysis,
  b: number,
  models: Mention[],
  stats: PageStats | null,
): Reason[] {
  const price = an.listing.price;
  // Nothing to compare against (no named model, no page prices): the common case, so it builds nothing.
  if (!price || (models.length === 0 && !stats)) return [];
  // The lowest reference among the named models: the most charitable comparison.
  let ref: Reference | null = null;
  for (const m of models) {
    const r = referenceFor(engine, m.ref, an.marketplace, price.currency);
    if (r && (!ref || r.base < ref.base)) ref = r;
  }
  if (an.accessory) {
    return ref || stats
      ? [
          {
            signal: 'price',
            weight: 0,
            message: `Price not compared: "${an.accessory}" suggests a part or accessory`,
            evidence: { price: price.amount, currency: price.currency, accessory: an.accessory },
          },
        ]
      : [];
  }
  if (an.priceBase === null) {
    return ref
      ? [
          {
            signal: 'price',
            weight: 0,
            message: `Price not compared: the pack has no rate for ${price.currency}`,
            evidence: { price: price.amount, currency: price.currency },
          },
        ]
      : [];
  }
  if (!ref && !stats) return [];
  const name = brandName(engine, b);
  const shown = fmtMoney(price.amount, price.currency);
  const base = engine.meta.baseCurrency;
  let damping = 1;
  const notes: string[] = [];
  if (an.used) (damping *= USED_DAMPING), notes.push(`damped: listed as "${an.used}"`);
  if (price.range) (damping *= RANGE_DAMPING), notes.push('damped: a "from" price');
  const note = notes.length ? ` (${notes.join('; ')})` : '';
  const out: Reason[] = [];
  if (ref) {
    const ratio = an.priceBase / ref.base;
    const grade = gradePrice(ratio, ref.kind);
    if (grade) {
      const model = modelName(engine, ref.model);
      out.push({
        signal: 'price',
        weight: Math.round(PRICE_WEIGHTS[grade] * damping * 10) / 10,
        message: `Price ${shown} is ${Math.round(ratio * 100)}% of the ${fmtMoney(ref.amount, ref.currency)} ${ref.kind === 'floor' ? 'price floor' : 'reference price'} for ${name} ${model} (${grade})${note}`,
        evidence: {
          price: price.amount,
          currency: price.currency,
          priceInBase: round2(an.priceBase),
          reference: ref.amount,
          referenceCurrency: ref.currency,
          referenceInBase: round2(ref.base),
          baseCurrency: base,
          referenceKind: ref.kind,
          model,
          ratio: round2(ratio),
          grade,
          damped: damping < 1,
        },
      });
    }
  }
  if (stats && isLowOutlier(an.priceBase, stats)) {
    out.push({
      signal: 'price-outlier',
      weight: Math.round(OUTLIER_WEIGHT * damping * 10) / 10,
      message: `Price ${shown} is far below the ${fmtMoney(stats.median, base)} median of ${stats.count} ${name} listings on this page${note}`,
      evidence: {
        price: price.amount,
        currency: price.currency,
        priceInBase: round2(an.priceBase),
        median: round2(stats.median),
        mad: round2(stats.mad),
        listings: stats.count,
        baseCurrency: base,
        damped: damping < 1,
      },
    });
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
