// Price reasons: against the model's reference, and against the other listings of the same brand
// on the page. Both are skipped for parts and accessories, whose price says nothing about the brand.
import type { Reason } from '../types';
import type { Analysis } from './analyse';
import type { Engine } from './engine-data';
import { M_CATEGORY } from './engine-data';
import { DAMPING, WEIGHTS } from './weights';
import { fmtMoney, gradePrice, isLowOutlier, referenceFor } from './price';
import type { PageStats, Reference } from './price';
import { brandName, modelName } from './reasons-brand';

export function priceReasons(
  engine: Engine,
  an: Analysis,
  b: number,
  models: number[] | null,
  categories: number[] | null,
  stats: PageStats | null,
): Reason[] {
  const price = an.listing.price;
  // Nothing to compare against (no named model or category, no page prices): builds nothing.
  if (!price || (!models && !categories && !stats)) return [];
  // The lowest reference among the named models (the most charitable comparison); the brand's
  // category references only when no named model has a price: a model is the more precise claim.
  let ref: Reference | null = lowest(engine, models, an.marketplace, price.currency);
  ref ??= lowest(engine, categories, an.marketplace, price.currency);
  const edition = ref ? editionOf(an, b) : null;
  if (edition) {
    return [
      {
        signal: 'price',
        weight: 0,
        message: `Price not compared: "${edition}" is a cheaper edition, kit or size`,
        evidence: { price: price.amount, currency: price.currency, edition },
      },
    ];
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
  if (an.used) (damping *= DAMPING.used), notes.push(`damped: listed as "${an.used}"`);
  if (price.range) (damping *= DAMPING.range), notes.push('damped: a "from" price');
  const note = notes.length ? ` (${notes.join('; ')})` : '';
  const out: Reason[] = [];
  if (ref) {
    const ratio = an.priceBase / ref.base;
    const grade = gradePrice(ratio, ref.kind);
    if (grade) {
      if (an.sale && grade !== 'strong') (damping *= DAMPING.sale), notes.push(`damped: "${an.sale}"`);
      const note = notes.length ? ` (${notes.join('; ')})` : '';
      const model = modelName(engine, ref.model);
      const isCategory = (engine.a.modelFlags[ref.model] & M_CATEGORY) !== 0;
      out.push({
        signal: 'price',
        weight: Math.round(WEIGHTS.price[grade] * damping * 10) / 10,
        message: `Price ${shown} is ${Math.round(ratio * 100)}% of the ${fmtMoney(ref.amount, ref.currency)} ${ref.kind === 'floor' ? 'price floor' : 'reference price'} for ${isCategory ? `new ${name} ${model}` : `${name} ${model}`} (${grade})${note}`,
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
          category: isCategory,
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
      weight: Math.round(WEIGHTS.outlier * damping * 10) / 10,
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

function lowest(engine: Engine, refs: number[] | null, marketplace: string | null, currency: string): Reference | null {
  let best: Reference | null = null;
  if (refs)
    for (const m of refs) {
      const r = referenceFor(engine, m, marketplace, currency);
      if (r && (!best || r.base < best.base)) best = r;
    }
  return best;
}

/** The first cheaper edition of brand `b` the title names, as written. */
function editionOf(an: Analysis, b: number): string | null {
  for (const e of an.editions) if (e.brand === b) return e.matched;
  return null;
}
