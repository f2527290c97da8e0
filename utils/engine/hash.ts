// Two independent polynomial hashes (mod 2^32) per string. Polynomial rather than FNV because
// the hash of a concatenation follows from the parts' hashes and lengths, so the scanner can try
// "sam"+"sung" or "b"+"o"+"s"+"e" without building strings. Two 32-bit hashes make a 64-bit key:
// at 100k+ terms a single 32-bit key would give a false term hit every few hundred listings.

export const BASE1 = 0x01000193;
export const BASE2 = 0x5bd1e995;
/** XORed into the first hash of skeleton (look-alike folded) keys: one table, two namespaces. */
export const SKELETON_SALT = 0x9e3779b9;

const MAX_POW = 1024;
let pow1: Int32Array | null = null;
let pow2: Int32Array | null = null;
let both: [Int32Array, Int32Array] | null = null;

function buildPows(): void {
  pow1 = new Int32Array(MAX_POW);
  pow2 = new Int32Array(MAX_POW);
  pow1[0] = 1;
  pow2[0] = 1;
  for (let i = 1; i < MAX_POW; i++) {
    pow1[i] = Math.imul(pow1[i - 1], BASE1);
    pow2[i] = Math.imul(pow2[i - 1], BASE2);
  }
}

/** BASE1^n and BASE2^n tables, built on first use (no work at import). Lengths are capped at 1023. */
export function pows(): [Int32Array, Int32Array] {
  if (!both) buildPows(), (both = [pow1!, pow2!]); // one tuple: the scanner asks once per listing
  return both;
}

export const MAX_HASH_LEN = MAX_POW - 1;

/** murmur3 finaliser: spreads the polynomial hash's weak low bits before masking to a slot. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
