// Judgement: turns one listing's facts into a verdict for each brand it concerns, and keeps the
// best-supported one. The rules of judgement live here, in one place:
//  - no brand mention: ok, unless the seller is on a blocked list (then at most watch);
//  - a brand or price signal alone can reach watch, never suspect: suspect needs a corroborating
//    signal (coded wording, a disguised brand name, a blocked seller, a model not in the catalogue);
//  - an authorised seller suppresses the verdict to ok, and the reason says so.
import type { Level, Reason, Verdict } from '../types';
import type { Analysis, Mention } from './analyse';
import { K_BRAND, K_MODEL, P_COMMON, P_DIGIT } from './engine-data';
import type { Engine } from './engine-data';
import type { PageStats } from './price';
import { brandReasons, sellerReasons, unknownModelReason } from './reasons-brand';
import { codedWordingReasons } from './reasons-wording';
import { priceReasons } from './reasons-price';
import { brandIdOf } from './strings';
import { WEIGHTS } from './weights';
import { needsContext } from './context';

interface BrandJudgement {
  brand: number;
  score: number;
  level: Level;
  reasons: Reason[];
  claimed: boolean;
}

const levelOf = (engine: Engine, score: number): Level =>
  score >= engine.meta.suspect ? 'suspect' : score >= engine.meta.watch ? 'watch' : 'ok';

function judgeBrand(engine: Engine, an: Analysis, b: number, stats: PageStats | null): BrandJudgement {
  const { watch, suspect } = engine.meta;
  const COMMON = P_COMMON; // a local: under the bench's loader each imported binding read is a getter call
  // Plain loops: most listings have one or two mentions, where filter/some closures cost more than the work.
  // When every mention is of this brand and none is in passing (the usual case), both lists are
  // the analysis's own list, read but never written here: no copies.
  const all = an.mentions;
  let others = false,
    passing = false;
  for (let i = 0; i < all.length; i++) (others ||= all[i].brand !== b), (passing ||= all[i].passing);
  let mine: Mention[] = all,
    claimed: Mention[] = all;
  if (others || passing) {
    mine = [];
    claimed = [];
    for (const m of all) {
      if (m.brand !== b) continue;
      mine.push(m);
      if (!m.passing) claimed.push(m);
    }
  }
  const blocked = an.sellerTags.includes((b << 1) | 1);
  // The brand's context: one of its product categories or models, coded wording, its own brand field,
  // a seller list. An ordinary word that equals a disguise ("Bosse", a puppet) counts only with it.
  let category = false;
  for (let i = 0; i < an.categories.length && !category; i++) category = an.categories[i].brand === b;
  let context = category || an.words.length > 0 || blocked || an.fieldBrands.includes(b);
  for (let i = 0; i < claimed.length && !context; i++) context = claimed[i].kind === K_MODEL;
  // A model name without digits ("Expedition Parka", "TV Speaker") and without the brand is often
  // another brand's product: it names this brand only beside coded wording, the brand field or a list.
  const claim = an.words.length > 0 || blocked || an.fieldBrands.includes(b);
  let named = false;
  for (let i = 0; i < claimed.length && !named; i++) named = claimed[i].kind !== K_MODEL;
  let distinctive = false;
  for (let i = 0; i < claimed.length; i++) {
    const m = claimed[i];
    distinctive ||=
      !(m.flags & COMMON) &&
      (context || !needsContext(m)) &&
      (m.kind !== K_MODEL || named || claim || (m.flags & P_DIGIT) !== 0);
  }
  const strong =
    distinctive ||
    ((named || claim) && claimed.length >= 2 && new Set(claimed.map((m) => m.matched.toLowerCase())).size >= 2) ||
    (claimed.length > 0 && an.fieldBrands.includes(b)) ||
    (named && category);
  const authorised = an.sellerTags.includes(b << 1);
  const reasons: Reason[] = [];
  let corroborated = blocked;

  if (strong) {
    const disguised = brandReasons(engine, context, b, claimed, true, reasons);
    corroborated ||= disguised;
    // Most titles have no coded words and no unknown model: skip the calls (and their result objects).
    if (an.words.length > 0) {
      const coded = codedWordingReasons(engine, an, b, claimed);
      if (coded.reasons.length) append(reasons, coded.reasons);
      corroborated ||= coded.total >= WEIGHTS.corroborate;
    }
    const unknown = an.unknownModels.size > 0 ? unknownModelReason(engine, an, b) : null;
    if (unknown) {
      reasons.push(unknown);
      corroborated = true;
    }
    const MODEL = K_MODEL;
    let models: number[] | null = null; // made only when a model or category is named
    // The most specific model named: "Galaxy S24 Ultra", not the "Galaxy S24" inside it.
    for (const m of claimed) if (m.kind === MODEL && !insideLonger(claimed, m)) (models ??= []).push(m.ref);
    if (an.listing.price && (models || category || stats)) {
      let cats: number[] | null = null;
      if (category) for (const c of an.categories) if (c.brand === b) (cats ??= []).push(c.ref);
      append(reasons, priceReasons(engine, an, b, models, cats, stats));
    }
  } else if (mine.length > 0) {
    brandReasons(engine, context, b, mine, false, reasons);
  }
  if (blocked || authorised) append(reasons, sellerReasons(engine, an, b, blocked, authorised));

  let sum = 0;
  for (let i = 0; i < reasons.length; i++) sum += Math.max(0, reasons[i].weight);
  let score = Math.min(100, sum);
  if (!corroborated && score >= suspect) {
    score = suspect - 1;
    const price = reasons.find((r) => r.signal === 'price' || r.signal === 'price-outlier');
    if (price) price.message += '; price alone never makes a listing suspect';
  }
  if (!strong) score = Math.min(score, suspect - 1);
  if (authorised) {
    const capped = Math.min(score, blocked ? suspect - 1 : watch - 1);
    const note = reasons.find((r) => r.signal === 'seller-authorised');
    if (note) note.weight = capped - score;
    score = capped;
  }
  score = Math.max(0, Math.round(score));
  return { brand: b, score, level: levelOf(engine, score), reasons, claimed: strong };
}

/** A model mention lying inside a longer model mention of the same brand. */
function insideLonger(ms: Mention[], m: Mention): boolean {
  for (const o of ms)
    if (o !== m && o.kind === m.kind && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
      return true;
  return false;
}

/** Appends in order without a spread (spread calls cost more than the copy for one or two items). */
function append(out: Reason[], xs: Reason[]): void {
  for (let i = 0; i < xs.length; i++) out.push(xs[i]);
}

/** The verdict about the brand with the strongest case; `stats` are page prices by brand. */
export function judge(engine: Engine, an: Analysis, stats?: Map<number, PageStats>): Verdict {
  // A short array, not a Set: most listings have one or two candidates, and none on the fast path.
  const candidates: number[] = [];
  const BRAND = K_BRAND,
    COMMON = P_COMMON;
  for (const m of an.mentions)
    if ((m.kind === BRAND || !(m.flags & COMMON)) && !candidates.includes(m.brand)) candidates.push(m.brand);
  for (const tag of an.sellerTags) if (!candidates.includes(tag >> 1)) candidates.push(tag >> 1);
  let best: BrandJudgement | null = null;
  for (const b of candidates) {
    const j = judgeBrand(engine, an, b, stats?.get(b) ?? null);
    if (!best || j.score > best.score || (j.score === best.score && j.claimed && !best.claimed)) best = j;
  }
  if (!best) return { listingId: an.listing.listingId, level: 'ok', score: 0, reasons: [], brandId: null };
  return {
    listingId: an.listing.listingId,
    level: best.level,
    score: best.score,
    reasons: best.reasons,
    brandId: brandIdOf(engine, best.brand),
  };
}
