// Splits a title into word tokens in one pass, hashing each token's literal and skeleton form as it
// goes. Results land in reusable typed arrays (the engine is synchronous, so one scratch suffices),
// which keeps scoring allocation-free apart from evidence strings. Plain-ASCII titles (most of
// them) skip NFKC and toLowerCase entirely: the ASCII tables fold case themselves.
import { BASE1 as BASE1$, BASE2 as BASE2$, MAX_HASH_LEN as MAX_HASH_LEN$ } from './hash';
import { tokeniseAscii as tokeniseAscii$ } from './tokenise-ascii';
import {
  CLS_CJK as CLS_CJK$,
  CLS_MAYBE as CLS_MAYBE$,
  CLS_PUNCT as CLS_PUNCT$,
  CLS_SKIP as CLS_SKIP$,
  CLS_SPACE as CLS_SPACE$,
  CLS_WORD as CLS_WORD$,
  charClass as charClass$,
  litOf as litOf$,
  skelOf as skelOf$,
} from './fold';
import { F_CJK, F_DIGIT, F_GLUED, F_LETTER, F_SKEL_DIFF } from './token-flags';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const BASE1 = BASE1$,
  BASE2 = BASE2$,
  MAX_HASH_LEN = MAX_HASH_LEN$,
  tokeniseAscii = tokeniseAscii$,
  CLS_CJK = CLS_CJK$,
  CLS_MAYBE = CLS_MAYBE$,
  CLS_PUNCT = CLS_PUNCT$,
  CLS_SKIP = CLS_SKIP$,
  CLS_SPACE = CLS_SPACE$,
  CLS_WORD = CLS_WORD$,
  charClass = charClass$,
  litOf = litOf$,
  skelOf = skelOf$;

export const MAX_TOKENS = 256;
/** Longer titles are cut: marketplaces cap titles near 200-500 characters anyway. */
const MAX_TITLE = 600;

export { F_CJK, F_DIGIT, F_GLUED, F_LETTER, F_SKEL_DIFF } from './token-flags';

export interface Tokens {
  /** The text the offsets point into: the title itself when ASCII, else its NFKC lower-cased form. */
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  len: Int32Array;
  skLen: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  s1: Int32Array;
  s2: Int32Array;
  flags: Uint8Array;
}

let scratch: Tokens | null = null;
let asciiCls: Uint8Array | null = null;
let asciiLit: Uint16Array | null = null;
let asciiSkel: Uint16Array | null = null;

export function newTokens(): Tokens {
  const i32 = () => new Int32Array(MAX_TOKENS);
  return {
    text: '',
    n: 0,
    start: i32(),
    end: i32(),
    len: i32(),
    skLen: i32(),
    h1: i32(),
    h2: i32(),
    s1: i32(),
    s2: i32(),
    flags: new Uint8Array(MAX_TOKENS),
  };
}

function asciiTables(): void {
  asciiCls = new Uint8Array(128);
  asciiLit = new Uint16Array(128);
  asciiSkel = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    asciiCls[c] = charClass(lower);
    asciiLit[c] = litOf(lower);
    asciiSkel[c] = skelOf(lower);
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The text tokens are read from: NFKC and lower case for non-ASCII titles, the title as is otherwise. */
export function normaliseText(title: string): string {
  const s = title.length > MAX_TITLE ? title.slice(0, MAX_TITLE) : title;
  return NON_ASCII.test(s) ? s.normalize('NFKC').toLowerCase() : s;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function put(
  t: Tokens,
  n: number,
  end: number,
  len: number,
  skLen: number,
  h1: number,
  h2: number,
  s1: number,
  s2: number,
  flags: number,
): number {
  if (n >= MAX_TOKENS) return n;
  t.end[n] = end;
  t.len[n] = len;
  t.skLen[n] = skLen;
  t.h1[n] = h1;
  t.h2[n] = h2;
  t.s1[n] = s1;
  t.s2[n] = s2;
  t.flags[n] = flags;
  return n + 1;
}

/**
 * Tokenises `title` into the shared scratch (or into a fresh object when `fresh`, for callers that
 * must keep two token lists alive at once).
 */
export function tokenise(title: string, fresh = false): Tokens {
  const t = fresh ? newTokens() : (scratch ??= newTokens());
  const cut = title.length > MAX_TITLE ? title.slice(0, MAX_TITLE) : title;
  const n = tokeniseAscii(t, cut, MAX_TOKENS); // -1: not plain ASCII
  if (n >= 0) {
    t.text = cut;
    t.n = n;
    return t;
  }
  return tokeniseGeneral(t, cut.normalize('NFKC').toLowerCase());
}

/** The loop for any text (already normalised); exported so tests can hold the ASCII loop to it. */
export function tokeniseGeneral(t: Tokens, s: string): Tokens {
  if (!asciiCls) asciiTables();
  const aCls = asciiCls!,
    aLit = asciiLit!,
    aSkel = asciiSkel!;
  t.text = s;
  const L = s.length;
  const start = t.start;
  let n = 0;
  let inTok = false;
  let sawSpace = true;
  let h1 = 0,
    h2 = 0,
    s1 = 0,
    s2 = 0,
    len = 0,
    skLen = 0,
    lastSk = -1,
    flags = 0;
  for (let i = 0; i < L; i++) {
    const c = s.charCodeAt(i);
    let k: number, lc: number, sc: number;
    if (c < 128) {
      k = aCls[c];
      lc = aLit[c];
      sc = aSkel[c];
    } else {
      k = charClass(c);
      lc = litOf(c);
      sc = skelOf(c);
    }
    if (k === CLS_MAYBE) k = i + 1 < L && isAsciiLetter(s.charCodeAt(i + 1)) ? CLS_WORD : CLS_PUNCT;
    if (k === CLS_WORD) {
      if (!inTok) {
        if (n < MAX_TOKENS) start[n] = i;
        h1 = h2 = s1 = s2 = len = skLen = 0;
        lastSk = -1;
        flags = sawSpace ? 0 : F_GLUED;
        inTok = true;
      }
      if (len >= MAX_HASH_LEN) continue;
      h1 = (Math.imul(h1, BASE1) + lc) | 0;
      h2 = (Math.imul(h2, BASE2) + lc) | 0;
      len++;
      flags |= lc >= 48 && lc <= 57 ? F_DIGIT : F_LETTER;
      if (sc === 114 /* r */ && i + 1 < L) {
        // "rn" reads as "m": fold it in the skeleton, while the literal keeps both letters.
        const c2 = s.charCodeAt(i + 1);
        const n2 = c2 < 128 ? aSkel[c2] : charClass(c2) === CLS_WORD ? skelOf(c2) : 0;
        if (n2 === 110 && (c2 < 128 ? aCls[c2] === CLS_WORD : true)) {
          const l2 = c2 < 128 ? aLit[c2] : litOf(c2);
          h1 = (Math.imul(h1, BASE1) + l2) | 0;
          h2 = (Math.imul(h2, BASE2) + l2) | 0;
          len++;
          sc = 109;
          i++;
          flags |= F_SKEL_DIFF;
        }
      }
      if (sc !== lc) flags |= F_SKEL_DIFF;
      if (sc === lastSk) {
        flags |= F_SKEL_DIFF; // doubled letters ("Boose") collapse in the skeleton
        continue;
      }
      lastSk = sc;
      s1 = (Math.imul(s1, BASE1) + sc) | 0;
      s2 = (Math.imul(s2, BASE2) + sc) | 0;
      skLen++;
    } else if (k !== CLS_SKIP) {
      if (inTok) {
        n = put(t, n, i, len, skLen, h1, h2, s1, s2, flags);
        inTok = false;
        sawSpace = false;
      }
      if (k === CLS_CJK) {
        // Each ideograph is a token; glued neighbours let "高仿" match as one term.
        if (n < MAX_TOKENS) start[n] = i;
        n = put(t, n, i + 1, 1, 1, c, c, c, c, F_CJK | F_LETTER | (sawSpace ? 0 : F_GLUED));
        sawSpace = false;
      } else if (k === CLS_SPACE) sawSpace = true;
    }
  }
  if (inTok) n = put(t, n, L, len, skLen, h1, h2, s1, s2, flags);
  t.n = n;
  return t;
}
