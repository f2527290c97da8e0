// The tokeniser's loop for plain-ASCII titles (most of them). ASCII is NFKC-invariant and the
// tables fold case, so nothing is normalised or lower-cased; one packed lookup per character
// (class | literal << 3 | skeleton << 10 | digit-or-letter << 17) replaces four, and each word is consumed by its own
// tight inner loop. Must agree exactly with the general loop in tokenise.ts (the tests compare them).
import { BASE1 as BASE1$, BASE2 as BASE2$ } from './hash';
import {
  CLS_MAYBE as CLS_MAYBE$,
  CLS_PUNCT as CLS_PUNCT$,
  CLS_SKIP as CLS_SKIP$,
  CLS_SPACE as CLS_SPACE$,
  CLS_WORD as CLS_WORD$,
  charClass as charClass$,
  litOf as litOf$,
  skelOf as skelOf$,
} from './fold';
import type { Tokens } from './tokenise';
import {
  F_DIGIT as F_DIGIT$,
  F_GLUED as F_GLUED$,
  F_LETTER as F_LETTER$,
  F_SKEL_DIFF as F_SKEL_DIFF$,
} from './token-flags';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const BASE1 = BASE1$,
  BASE2 = BASE2$,
  CLS_MAYBE = CLS_MAYBE$,
  CLS_PUNCT = CLS_PUNCT$,
  CLS_SKIP = CLS_SKIP$,
  CLS_SPACE = CLS_SPACE$,
  CLS_WORD = CLS_WORD$,
  charClass = charClass$,
  litOf = litOf$,
  skelOf = skelOf$;

// Token flags as plain module constants: this loop reads them per character, and an imported
// binding read is a getter call under the bench's loader.
const F_DIGIT = F_DIGIT$,
  F_LETTER = F_LETTER$,
  F_GLUED = F_GLUED$,
  F_SKEL_DIFF = F_SKEL_DIFF$;

let packed: Uint32Array | null = null;

function buildPacked(): Uint32Array {
  const p = new Uint32Array(128);
  for (let c = 0; c < 128; c++) {
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const cls = charClass(lower); // first: it classifies the character, which litOf and skelOf read
    const lit = litOf(lower);
    // bits 0-2 class, 3-9 literal, 10-16 skeleton, 17-18 the token flag the character sets (digit or letter)
    p[c] = cls | (lit << 3) | (skelOf(lower) << 10) | ((lit >= 48 && lit <= 57 ? F_DIGIT : F_LETTER) << 17);
  }
  return p;
}

/**
 * Tokenises `s` (already cut to the maximum title length) into `t` and returns the token count,
 * or -1 at the first non-ASCII character: the caller then normalises and takes the general loop.
 * (Bailing out here saves a separate pass to test for ASCII, and most titles are plain ASCII.)
 *
 * A token's skeleton hashes are computed only from the first character where the skeleton parts
 * from the spelling (a look-alike, a doubled letter, "rn"): until then they equal the literal ones.
 */
export function tokeniseAscii(t: Tokens, s: string, maxTokens: number): number {
  const P = (packed ??= buildPacked());
  // Imported constants copied to locals: under the bench's loader each imported binding read is a
  // getter call, and this loop reads them per character.
  const WORD = CLS_WORD,
    SPACE = CLS_SPACE,
    SKIP = CLS_SKIP,
    MAYBE = CLS_MAYBE,
    PUNCT = CLS_PUNCT,
    B1 = BASE1,
    B2 = BASE2;
  const L = s.length;
  const start = t.start,
    end = t.end,
    lenA = t.len,
    skA = t.skLen,
    H1 = t.h1,
    H2 = t.h2,
    S1 = t.s1,
    S2 = t.s2,
    F = t.flags;
  let n = 0,
    sawSpace = true,
    i = 0;
  while (i < L) {
    const c0 = s.charCodeAt(i);
    if (c0 > 127) return -1;
    let p = P[c0];
    let k = p & 7;
    if (k === MAYBE) k = classAfter(s, i, L, PUNCT, WORD);
    if (k !== WORD) {
      if (k === SPACE) sawSpace = true;
      i++;
      continue;
    }
    const from = i;
    let h1 = 0,
      h2 = 0,
      s1 = 0,
      s2 = 0,
      len = 0,
      skLen = 0,
      lastSk = -1,
      flags = sawSpace ? 0 : F_GLUED;
    let diff = false;
    for (;;) {
      const lc = (p >>> 3) & 127;
      let sc = (p >>> 10) & 127;
      let l2 = -1;
      if (sc === 114 /* r */ && i + 1 < L) {
        // "rn" reads as "m": fold it in the skeleton, while the literal keeps both letters.
        const c2 = s.charCodeAt(i + 1);
        if (c2 < 128) {
          const p2 = P[c2];
          if (((p2 >>> 10) & 127) === 110 && (p2 & 7) === WORD) (l2 = (p2 >>> 3) & 127), (sc = 109);
        }
      }
      // The first character whose skeleton differs ("0" for "o", a doubled letter, "rn"): the
      // skeleton so far is the spelling so far.
      if (!diff && (sc !== lc || sc === lastSk)) (diff = true), (s1 = h1), (s2 = h2), (skLen = len);
      h1 = (Math.imul(h1, B1) + lc) | 0;
      h2 = (Math.imul(h2, B2) + lc) | 0;
      len++;
      flags |= p >>> 17;
      if (l2 >= 0) {
        h1 = (Math.imul(h1, B1) + l2) | 0;
        h2 = (Math.imul(h2, B2) + l2) | 0;
        len++;
        i++;
      }
      // Doubled letters ("Boose") collapse in the skeleton.
      if (diff && sc !== lastSk) {
        s1 = (Math.imul(s1, B1) + sc) | 0;
        s2 = (Math.imul(s2, B2) + sc) | 0;
        skLen++;
      }
      lastSk = sc;
      // Next word character, stepping over invisible ones (none in ASCII today, kept for safety).
      // The next character's entry is carried into the next round: one load per character.
      let k2 = SKIP;
      while (++i < L) {
        const c = s.charCodeAt(i);
        if (c > 127) return -1;
        p = P[c];
        k2 = p & 7;
        if (k2 === MAYBE) k2 = classAfter(s, i, L, PUNCT, WORD);
        if (k2 !== SKIP) break;
      }
      if (i >= L || k2 !== WORD) break;
    }
    if (!diff) (s1 = h1), (s2 = h2), (skLen = len);
    else flags |= F_SKEL_DIFF;
    if (n < maxTokens) {
      start[n] = from;
      end[n] = i;
      lenA[n] = len;
      skA[n] = skLen;
      H1[n] = h1;
      H2[n] = h2;
      S1[n] = s1;
      S2[n] = s2;
      F[n] = flags;
      n++;
    }
    sawSpace = false;
  }
  return n;
}

/** Class of an "@", "$" or "|" at `i`: part of a word when a letter follows ("@pple", "$ony"). */
function classAfter(s: string, i: number, L: number, PUNCT: number, WORD: number): number {
  if (i + 1 >= L) return PUNCT;
  const c = s.charCodeAt(i + 1);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? WORD : PUNCT;
}
