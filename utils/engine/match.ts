// Finds every pack term and cue in a tokenised title. For each token it tries runs of following
// tokens while the run is still the prefix of some term (a Bloom filter of prefixes says so),
// hashing the run's literal and skeleton forms from the tokens' own hashes: one or two probes per
// token, whatever the size of the pack.
import { K_BRAND as K_BRAND$, K_MODEL as K_MODEL$, K_MODEL_PART as K_MODEL_PART$, P_DIGIT as P_DIGIT$, P_DISGUISE as P_DISGUISE$, P_SKEL as P_SKEL$ } from './engine-data';
import type { Engine } from './engine-data';
import { SKELETON_SALT as SKELETON_SALT$, pows as pows$ } from './hash';
import { slotOf as slotOf$ } from './term-table';
import { F_GLUED as F_GLUED$ } from './tokenise';
import type { Tokens } from './tokenise';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const K_BRAND = K_BRAND$, K_MODEL = K_MODEL$, K_MODEL_PART = K_MODEL_PART$, P_DIGIT = P_DIGIT$, P_DISGUISE = P_DISGUISE$, P_SKEL = P_SKEL$, SKELETON_SALT = SKELETON_SALT$, pows = pows$, slotOf = slotOf$, F_GLUED = F_GLUED$;

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
}

export function scan(engine: Engine, t: Tokens, out: Hit[]): void {
  const a = engine.a;
  const bloom = a.bloom, prefix = a.prefixBloom, slots = a.slots;
  const bm = bloom.length * 32 - 1, pm = prefix.length * 32 - 1;
  const pw = pows();
  const p1 = pw[0], p2 = pw[1];
  const n = t.n;
  const F = t.flags, TL = t.len, TS = t.skLen, H1 = t.h1, H2 = t.h2, S1 = t.s1, S2 = t.s2;
  // Imported constants as locals: under the bench's loader each imported binding read is a getter call.
  const GLUED = F_GLUED, SALT = SKELETON_SALT;
  for (let i = 0; i < n; i++) {
    let h1 = 0, h2 = 0, s1 = 0, s2 = 0;
    let glued = true, single = true, len = 0;
    let litAlive = true, skAlive = true;
    for (let j = i; j < n && j - i < MAX_SPAN; j++) {
      const tl = TL[j], ts = TS[j];
      if (j > i && (F[j] & GLUED) === 0) glued = false;
      if (tl !== 1) single = false;
      h1 = (Math.imul(h1, p1[tl]) + H1[j]) | 0;
      h2 = (Math.imul(h2, p2[tl]) + H2[j]) | 0;
      s1 = (Math.imul(s1, p1[ts]) + S1[j]) | 0;
      s2 = (Math.imul(s2, p2[ts]) + S2[j]) | 0;
      len += tl;
      // One Bloom hash per key serves both filters (term and prefix), which share the hash.
      let found = false;
      if (litAlive) {
        const b = bloomOf(h1, h2), c = mixI(b);
        if (bit(bloom, b & bm) && bit(bloom, c & bm)) {
          const lit = slotOf(slots, h1, h2);
          if (lit >= 0) (collect(engine, lit, i, j, glued, single, len, out), (found = true));
        }
        // Extend the run only while it is the prefix of some term: most words stop after one probe.
        litAlive = bit(prefix, b & pm) && bit(prefix, c & pm);
      }
      if (skAlive) {
        const k1 = s1 ^ SALT;
        const b = bloomOf(k1, s2), c = mixI(b);
        // The skeleton is only asked when the spelling itself matched nothing: "B0SE", not "Bose".
        if (!found && bit(bloom, b & bm) && bit(bloom, c & bm)) {
          const sk = slotOf(slots, k1, s2);
          if (sk >= 0) collect(engine, sk, i, j, glued, single, len, out);
        }
        skAlive = bit(prefix, b & pm) && bit(prefix, c & pm);
      }
      if (!litAlive && !skAlive) break;
    }
  }
}

const bit = (f: Uint32Array, k: number) => (f[k >>> 5] & (1 << (k & 31))) !== 0;
/** mix32 and the table's Bloom hash with a signed result (same bits): unsigned values above 2^31 are doubles in V8. */
const mixI = (x: number) => {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};
const bloomOf = (h1: number, h2: number) => mixI(h2 ^ Math.imul(h1, 0x165667b1));

function collect(engine: Engine, slot: number, i: number, j: number, glued: boolean, single: boolean, len: number, out: Hit[]): void {
  const a = engine.a;
  const span = j - i + 1;
  const run = a.slots[slot + 2];
  const from = run >>> 8;
  const to = from + (run & 0xff);
  const post = a.postings;
  const BRAND = K_BRAND, MODEL = K_MODEL, PART = K_MODEL_PART, SKEL = P_SKEL, DIGIT = P_DIGIT, LISTED = P_DISGUISE;
  for (let p = from; p < to; p++) {
    const w = post[p * 2];
    const kind = w & 0xf;
    const flags = (w >>> 4) & 0xff;
    const tokens = (w >>> 12) & 0xf;
    let disguise = flags & SKEL ? D_LOOKALIKE : D_NONE;
    if (span !== tokens && span > 1 && !glued && !single) {
      // A run split by spaces unlike the term itself: a spacing trick for brand names
      // ("Sam sung"), a harmless variant for model numbers ("QC 45"); too loose for anything else.
      if (kind === BRAND && len >= 5 && span > tokens) disguise = disguise || D_SPLIT;
      else if (!((kind === MODEL || kind === PART) && flags & DIGIT && len >= 4)) continue;
    } else if (kind === BRAND && span > tokens && (single || span >= 3)) {
      disguise = disguise || D_SPLIT; // "B.O.S.E", "B O S E", "S-a-m-s-u-n-g"
    } else if (kind === BRAND && span > tokens && glued && len >= 5 && tokens === 1) {
      disguise = disguise || D_SPLIT; // "Sam-sung", "Bo.se"
    }
    if (kind === BRAND && flags & LISTED && !disguise) disguise = D_LISTED;
    out.push({ kind, flags, brand: w >>> 16, ref: post[p * 2 + 1], start: i, end: j, disguise });
  }
}
