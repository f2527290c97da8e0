// Finds every pack term and cue in a tokenised title. For each token it tries runs of following
// tokens while the run is still the prefix of some term (the filter says so), hashing the run's
// literal and skeleton forms from the tokens' own hashes: one filter block per run (two when the
// skeleton differs), whatever the size of the pack.
import {
  K_BRAND as K_BRAND$,
  K_MODEL as K_MODEL$,
  K_MODEL_PART as K_MODEL_PART$,
  K_WORD as K_WORD$,
  PW_BRAND_SHIFT as PW_BRAND_SHIFT$,
  PW_FLAGS_MASK as PW_FLAGS_MASK$,
  PW_FLAGS_SHIFT as PW_FLAGS_SHIFT$,
  PW_KIND_MASK as PW_KIND_MASK$,
  PW_TOKENS_MAX as PW_TOKENS_MAX$,
  PW_TOKENS_SHIFT as PW_TOKENS_SHIFT$,
  P_DIGIT as P_DIGIT$,
  P_DISGUISE as P_DISGUISE$,
  P_SKEL as P_SKEL$,
} from './engine-data';
import type { Engine } from './engine-data';
import { SKELETON_SALT as SKELETON_SALT$, pows as pows$ } from './hash';
import { filterHash as filterHash$, filterMask as filterMask$, slotOf as slotOf$ } from './term-table';
import { F_GLUED as F_GLUED$, F_SKEL_DIFF as F_SKEL_DIFF$ } from './tokenise';
import type { Tokens } from './tokenise';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const K_BRAND = K_BRAND$,
  K_MODEL = K_MODEL$,
  K_MODEL_PART = K_MODEL_PART$,
  K_WORD = K_WORD$,
  PW_BRAND_SHIFT = PW_BRAND_SHIFT$,
  PW_FLAGS_MASK = PW_FLAGS_MASK$,
  PW_FLAGS_SHIFT = PW_FLAGS_SHIFT$,
  PW_KIND_MASK = PW_KIND_MASK$,
  PW_TOKENS_MAX = PW_TOKENS_MAX$,
  PW_TOKENS_SHIFT = PW_TOKENS_SHIFT$,
  P_DIGIT = P_DIGIT$,
  P_DISGUISE = P_DISGUISE$,
  P_SKEL = P_SKEL$,
  SKELETON_SALT = SKELETON_SALT$,
  pows = pows$,
  slotOf = slotOf$,
  filterHash = filterHash$,
  filterMask = filterMask$,
  F_GLUED = F_GLUED$,
  F_SKEL_DIFF = F_SKEL_DIFF$;

/** Longest run of tokens tried as one term ("S.A.M.S.U.N.G" is seven). */
const MAX_SPAN = 8;

/** How a brand term was disguised, if it was. */
export const D_NONE = 0;
export const D_LOOKALIKE = 1; // found only through the skeleton: "B0SE", Cyrillic "о", "Samsunng"
export const D_LISTED = 2; // a misspelling the pack lists
export const D_SPLIT = 3; // one word broken up: "B.O.S.E", "Sam sung"

export interface Hit {
  kind: number;
  flags: number;
  brand: number;
  ref: number;
  /** First and last token of the run. */
  start: number;
  end: number;
  disguise: number;
  /**
   * Filled in by analyse for the hits it keeps (the words as written; for brand and model
   * mentions, whether and why they are named only in passing). Every hit is made with these
   * fields, so analyse keeps the hit itself rather than copying it into a new object.
   */
  matched: string;
  passing: boolean;
  cue: string | null;
}

export function scan(engine: Engine, t: Tokens, out: Hit[]): void {
  const a = engine.a;
  const f = a.filter,
    slots = a.slots;
  const fm = (f.length >>> 1) - 1;
  const pw = pows();
  const p1 = pw[0],
    p2 = pw[1];
  const n = t.n;
  const F = t.flags,
    TL = t.len,
    TS = t.skLen,
    H1 = t.h1,
    H2 = t.h2,
    S1 = t.s1,
    S2 = t.s2;
  // Imported constants as locals: under the bench's loader each imported binding read is a getter call.
  const GLUED = F_GLUED,
    DIFF = F_SKEL_DIFF,
    SALT = SKELETON_SALT;
  for (let i = 0; i < n; i++) {
    let h1 = 0,
      h2 = 0,
      s1 = 0,
      s2 = 0;
    let glued = true,
      single = true,
      len = 0;
    let litAlive = true,
      skAlive = true;
    // While no token of the run folds differently, the skeleton key is the literal key: one hash
    // and one filter block answer both namespaces.
    let same = true;
    for (let j = i; j < n && j - i < MAX_SPAN; j++) {
      const tl = TL[j],
        fl = F[j];
      if (j > i && (fl & GLUED) === 0) glued = false;
      if (tl !== 1) single = false;
      if (same && (fl & DIFF) !== 0) (same = false), (s1 = h1), (s2 = h2);
      h1 = (Math.imul(h1, p1[tl]) + H1[j]) | 0;
      h2 = (Math.imul(h2, p2[tl]) + H2[j]) | 0;
      len += tl;
      let found = false;
      // Word 0 of a block answers "a term?", word 1 "the prefix of one?"; the literal key's bits
      // are m, the skeleton key's the same turned half a word.
      const b = filterHash(h1, h2),
        m = filterMask(b),
        o = (b & fm) << 1;
      if (litAlive) {
        if ((f[o] & m) === m) {
          const lit = slotOf(slots, h1, h2);
          if (lit >= 0) collect(engine, lit, i, j, glued, single, len, out, t), (found = true);
        }
        // Extend the run only while it is the prefix of some term: most words stop after one probe.
        litAlive = (f[o + 1] & m) === m;
      }
      if (skAlive) {
        if (same) {
          const ms = (m << 16) | (m >>> 16);
          // The skeleton is only asked when the spelling itself matched nothing: "B0SE", not "Bose".
          if (!found && (f[o] & ms) === ms) {
            const sk = slotOf(slots, h1 ^ SALT, h2);
            if (sk >= 0) collect(engine, sk, i, j, glued, single, len, out, t);
          }
          skAlive = (f[o + 1] & ms) === ms;
        } else {
          const ts = TS[j];
          s1 = (Math.imul(s1, p1[ts]) + S1[j]) | 0;
          s2 = (Math.imul(s2, p2[ts]) + S2[j]) | 0;
          const bs = filterHash(s1, s2),
            m2 = filterMask(bs),
            ms = (m2 << 16) | (m2 >>> 16),
            os = (bs & fm) << 1;
          if (!found && (f[os] & ms) === ms) {
            const sk = slotOf(slots, s1 ^ SALT, s2);
            if (sk >= 0) collect(engine, sk, i, j, glued, single, len, out, t);
          }
          skAlive = (f[os + 1] & ms) === ms;
        }
      }
      if (!litAlive && !skAlive) break;
    }
  }
}

/** Adds a hit for each posting of the key at `slot` that the run's shape allows. */
function collect(
  engine: Engine,
  slot: number,
  i: number,
  j: number,
  glued: boolean,
  single: boolean,
  len: number,
  out: Hit[],
  t: Tokens,
): void {
  const slots = engine.a.slots;
  const w = slots[slot + 2];
  if (w !== 0) {
    hit(w, slots[slot + 3], i, j, glued, single, len, out, t);
    return;
  }
  const run = slots[slot + 3];
  const post = engine.a.postings;
  for (let p = run >>> 8, to = p + (run & 0xff); p < to; p++)
    hit(post[p * 2], post[p * 2 + 1], i, j, glued, single, len, out, t);
}

function hit(
  w: number,
  ref: number,
  i: number,
  j: number,
  glued: boolean,
  single: boolean,
  len: number,
  out: Hit[],
  t: Tokens,
): void {
  const BRAND = K_BRAND,
    MODEL = K_MODEL,
    PART = K_MODEL_PART,
    SKEL = P_SKEL,
    DIGIT = P_DIGIT,
    LISTED = P_DISGUISE;
  const span = j - i + 1;
  const kind = w & PW_KIND_MASK;
  const flags = (w >>> PW_FLAGS_SHIFT) & PW_FLAGS_MASK;
  const tokens = (w >>> PW_TOKENS_SHIFT) & PW_TOKENS_MAX;
  // A coded term with digits ("1:1", "1比1") is its exact tokens, never a number that joins up to it
  // ("approx. 11 cm"); analyse then checks the characters between them.
  if (kind === K_WORD && flags & DIGIT && span !== tokens) return;
  let disguise = flags & SKEL ? D_LOOKALIKE : D_NONE;
  if (span !== tokens && span > 1 && !glued && !single) {
    // A run split by spaces unlike the term itself: a spacing trick for brand names
    // ("Sam sung"), a harmless variant for model numbers ("QC 45"); too loose for anything else.
    if (kind === BRAND && len >= 5 && span > tokens) disguise = disguise || D_SPLIT;
    else if (!((kind === MODEL || kind === PART) && flags & DIGIT && len >= 4 && spacedAtDigits(t, i, j, tokens)))
      return;
  } else if (kind === BRAND && span > tokens && (single || span >= 3)) {
    disguise = disguise || D_SPLIT; // "B.O.S.E", "B O S E", "S-a-m-s-u-n-g"
  } else if (kind === BRAND && span > tokens && glued && len >= 5 && tokens === 1) {
    disguise = disguise || D_SPLIT; // "Sam-sung", "Bo.se"
  }
  if (kind === BRAND && flags & LISTED && !disguise) disguise = D_LISTED;
  out.push({
    kind,
    flags,
    brand: w >>> PW_BRAND_SHIFT,
    ref,
    start: i,
    end: j,
    disguise,
    matched: '',
    passing: false,
    cue: null,
  });
}

/**
 * Whether the spaces inside tokens i..j can be the term's own (at most `tokens` - 1 of them) plus
 * spaces where letters meet digits ("QC 45", "WH 1000 XM5"), not a model number broken between two
 * letters ("G X390").
 */
function spacedAtDigits(t: Tokens, i: number, j: number, tokens: number): boolean {
  const s = t.text;
  let same = 0;
  for (let k = i + 1; k <= j; k++)
    if (isDigit(s.charCodeAt(t.end[k - 1] - 1)) === isDigit(s.charCodeAt(t.start[k]))) same++;
  return same <= tokens - 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
