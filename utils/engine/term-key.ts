// The key a term is stored under: the hash of its tokens run together ("Canada Goose" and
// "canada-goose" both become "canadagoose"), in literal and skeleton form. The scanner builds the
// same keys from a listing's token runs, so both sides go through one normaliser.
import { pows } from './hash';
import { F_CJK, F_DIGIT, F_SKEL_DIFF, newTokens, normaliseText, tokeniseGeneral } from './tokenise';
import type { Tokens } from './tokenise';

export interface TermKey {
  h1: number;
  h2: number;
  s1: number;
  s2: number;
  tokens: number;
  /** Characters in the literal compact form. */
  len: number;
  /** Characters in the skeleton compact form. */
  skLen: number;
  digit: boolean;
  cjk: boolean;
  skelDiffers: boolean;
  /** The normalised tokens run together ('' unless asked for): its char prefixes hash like split spellings. */
  joined: string;
  /** Keys of the term's leading tokens (1..n-1), flattened as h1, h2, s1, s2: the scanner extends a run only along these. */
  boundaries: number[];
}

const NONE: number[] = [];

/** One number standing for a key, for small exact-membership sets (common words). */
export const keyId = (k: Pick<TermKey, 'h1' | 'h2'>) => (k.h1 ^ Math.imul(k.h2, 0x2c1b3c6d)) >>> 0;

/** Token scratch for pack terms, apart from the titles' one. */
let scratch: Tokens | null = null;

/**
 * Key for a term, or null when it normalises to nothing (only punctuation or marks).
 * Terms go through the general tokeniser loop (which agrees with the ASCII one, as the tests
 * check), never the titles' ASCII loop: compiling feeds that loop every kind of string V8 has
 * (sliced, concatenated, two-byte), and its optimised code then stays generic, which measured
 * twice as slow on titles scored afterwards in the same worker.
 */
export function termKey(term: string, withJoined = false): TermKey | null {
  const t = tokeniseGeneral((scratch ??= newTokens()), normaliseText(term).toLowerCase());
  if (t.n === 0) return null;
  const [p1, p2] = pows();
  let h1 = 0,
    h2 = 0,
    s1 = 0,
    s2 = 0,
    len = 0,
    skLen = 0,
    flags = 0;
  let joined = '';
  const boundaries: number[] = t.n > 1 ? [] : NONE;
  for (let i = 0; i < t.n; i++) {
    if (i > 0) boundaries.push(h1, h2, s1, s2);
    h1 = (Math.imul(h1, p1[t.len[i]]) + t.h1[i]) | 0;
    h2 = (Math.imul(h2, p2[t.len[i]]) + t.h2[i]) | 0;
    s1 = (Math.imul(s1, p1[t.skLen[i]]) + t.s1[i]) | 0;
    s2 = (Math.imul(s2, p2[t.skLen[i]]) + t.s2[i]) | 0;
    len += t.len[i];
    skLen += t.skLen[i];
    flags |= t.flags[i];
    if (withJoined) joined += t.text.slice(t.start[i], t.end[i]);
  }
  return {
    h1,
    h2,
    s1,
    s2,
    tokens: t.n,
    len,
    skLen,
    joined,
    boundaries,
    digit: (flags & F_DIGIT) !== 0,
    cjk: (flags & F_CJK) !== 0,
    skelDiffers: (flags & F_SKEL_DIFF) !== 0 || len !== skLen,
  };
}
