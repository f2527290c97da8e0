// Coded counterfeit wording, weighted by how close it sits to the brand or model it qualifies:
// "replica Bose" is a claim about the product, "Bose ... fits replica housings" much less so.
import type { Reason } from '../types';
import { wordGap } from './mentions';
import type { Analysis, Mention } from './analyse';
import type { Engine } from './engine-data';
import { W_NEAR_ONLY } from './engine-data';
import { brandName } from './reasons-brand';
import { str } from './strings';
import { DAMPING, WEIGHTS } from './weights';

/** The share of a coded term's weight left at `gap` words from the nearest mention: lowered, never erased. */
export function proximityFactor(gap: number): number {
  const p = WEIGHTS.proximity;
  return gap <= 1 ? p[0] : gap <= 3 ? p[1] : gap <= 6 ? p[2] : p[3];
}

const distance = (gap: number) => (gap === 0 ? 'right next to' : `${gap} word${gap === 1 ? '' : 's'} from`);

export function codedWordingReasons(
  engine: Engine,
  an: Analysis,
  b: number,
  mentions: Mention[],
): { reasons: Reason[]; total: number } {
  if (an.words.length === 0) return { reasons: [], total: 0 }; // most titles: no names, no filters
  const name = brandName(engine, b);
  const a = engine.a;
  // Keep the longest of overlapping hits ("AAAA" over "AAA") and drop words inside a brand or model name.
  const words = an.words.filter(
    (w, i) =>
      !an.words.some(
        (o, j) =>
          j !== i &&
          o.start <= w.start &&
          o.end >= w.end &&
          (o.end - o.start > w.end - w.start || (j < i && o.start === w.start && o.end === w.end)),
      ) && !mentions.some((m) => m.start <= w.start && m.end >= w.end),
  );
  const found: { w: (typeof words)[number]; gap: number; raw: number; near: Mention }[] = [];
  for (const w of words) {
    let best: Mention | null = null,
      gap = Infinity;
    for (const m of mentions) {
      const g =
        w.start > m.end ? wordGap(an.pos, m.end, w.start) : m.start > w.end ? wordGap(an.pos, w.end, m.start) : 0;
      if (g < gap) (gap = g), (best = m);
    }
    if (!best) continue;
    if (a.wordFlags[w.ref] & W_NEAR_ONLY && gap > 1) continue;
    let raw = a.wordWeight[w.ref] * proximityFactor(gap);
    if (an.merch) raw *= DAMPING.merch;
    found.push({ w, gap, raw, near: best });
  }
  found.sort((x, y) => y.raw - x.raw);
  const reasons: Reason[] = [];
  let total = 0;
  found.forEach((f, i) => {
    const shares = WEIGHTS.codedShares;
    const weight = Math.min(f.raw * shares[Math.min(i, shares.length - 1)], WEIGHTS.codedCap - total);
    if (weight <= 0) return;
    total += weight;
    const term = str(engine, a.wordTerm[f.w.ref]);
    reasons.push({
      signal: 'coded-wording',
      weight: Math.round(weight * 10) / 10,
      message: `Title says "${f.w.matched}" ${distance(f.gap)} "${f.near.matched}"${an.merch ? ` (damped: "${an.merch}" suggests a model or merchandise)` : ''}`,
      evidence: {
        term,
        matched: f.w.matched,
        language: str(engine, a.wordLang[f.w.ref]),
        near: f.near.matched,
        brand: name,
        distance: f.gap,
        termWeight: a.wordWeight[f.w.ref],
      },
    });
  });
  return { reasons, total };
}
