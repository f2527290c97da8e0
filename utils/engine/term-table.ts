// The term table: every pack term (and built-in cue) hashed to a 64-bit key in an open-addressing
// table. A listing is matched by hashing its token runs and probing, so the cost per listing
// depends on its length, not on how many terms the pack holds. Most probes miss; a blocked Bloom
// filter (one 8-byte block per key) answers those without touching the big table.
import { mix32 as mix32$ } from './hash';
import type { EngineArrays } from './engine-data';
import { postingWord } from './engine-data';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const mix32 = mix32$;

type TableArrays = Pick<EngineArrays, 'slots' | 'filter' | 'postings'>;

/** Postings as growable typed columns: compiling 100k+ terms as objects costs more in GC than in work. */
export class PostingColumns {
  n = 0;
  h1 = new Int32Array(1024);
  h2 = new Int32Array(1024);
  kind = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  tokens = new Uint8Array(1024);
  brand = new Uint16Array(1024);
  ref = new Uint32Array(1024);

  push(h1: number, h2: number, kind: number, flags: number, tokens: number, brand: number, ref: number): void {
    if (this.n === this.h1.length) this.grow();
    const i = this.n++;
    this.h1[i] = h1;
    this.h2[i] = h2;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.tokens[i] = Math.min(tokens, 255);
    this.brand[i] = brand;
    this.ref[i] = ref;
  }

  private grow(): void {
    const double = <T extends Int32Array | Uint8Array | Uint16Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.h1 = double(this.h1);
    this.h2 = double(this.h2);
    this.kind = double(this.kind);
    this.flags = double(this.flags);
    this.tokens = double(this.tokens);
    this.brand = double(this.brand);
    this.ref = double(this.ref);
  }
}

const slotHash = (h1: number, h2: number) => mix32(h1 ^ Math.imul(h2, 0x27d4eb2d));
/** Postings per key: a spelling shared by more than 255 entries identifies none of them. */
const MAX_RUN = 255;

/**
 * The filter: blocks of two 32-bit words, one block per key, so one cache line answers every
 * question the scanner asks of a run of tokens: is it a term (word 0), or the prefix of one
 * (word 1), spelled literally or in skeleton form? Keys are the unsalted run hashes, so a run whose
 * skeleton equals its spelling (most runs) needs one hash and one load for all four questions.
 * A key sets two bits of its word, chosen by the hash's top ten bits; skeleton keys use the same
 * two positions turned half a word, so the two namespaces share words without sharing bits.
 */
export const Q_TERM = 0,
  Q_PREFIX = 1,
  Q_SKEL_TERM = 2;
const Q_SKEL_PREFIX = 3;
/** Block index bits are the hash's low bits; the top ten pick the bits, so at most 2^22 blocks. */
const MAX_BLOCKS = 1 << 22;

/** The filter hash of a key (signed, same bits as unsigned: values above 2^31 would be doubles in V8). */
export function filterHash(h1: number, h2: number): number {
  let h = h2 ^ Math.imul(h1, 0x165667b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
/** The two bits a literal key sets in its word. */
export const filterMask = (b: number) => (1 << (b >>> 27)) | (1 << ((b >>> 22) & 31));
/** The two bits a skeleton key sets: the literal positions turned by 16. */
const skeletonMask = (m: number) => (m << 16) | (m >>> 16);

/** Keys (flattened h1, h2 pairs) per question, indexed Q_TERM..Q_SKEL_PREFIX. */
function buildFilter(keys: [number[], number[], number[], number[]]): Uint32Array {
  // ~10 bits per term key: about 3% false positives (a false one costs one slot probe; a smaller
  // filter stays in cache, which matters more). The prefix word may hold twice as many keys: a
  // false "prefix" only extends a run by one more filter load.
  const most =
    Math.max(keys[Q_TERM].length + keys[Q_SKEL_TERM].length, (keys[Q_PREFIX].length + keys[Q_SKEL_PREFIX].length) / 2) /
    2;
  let blocks = 256;
  while (blocks * 32 < most * 10 && blocks < MAX_BLOCKS) blocks *= 2;
  const f = new Uint32Array(blocks * 2);
  const mask = blocks - 1;
  keys.forEach((list, q) => {
    const word = q === Q_TERM || q === Q_SKEL_TERM ? 0 : 1;
    const skeleton = q === Q_SKEL_TERM || q === Q_SKEL_PREFIX;
    for (let i = 0; i < list.length; i += 2) {
      const b = filterHash(list[i] | 0, list[i + 1] | 0);
      const m = filterMask(b);
      f[(b & mask) * 2 + word] |= skeleton ? skeletonMask(m) : m;
    }
  });
  return f;
}

/** True when the key may answer question `q` (Q_TERM..Q_SKEL_PREFIX); false means certainly not. */
export function inFilter(f: Uint32Array, q: number, h1: number, h2: number): boolean {
  const b = filterHash(h1 | 0, h2 | 0);
  const m = q === Q_SKEL_TERM || q === Q_SKEL_PREFIX ? skeletonMask(filterMask(b)) : filterMask(b);
  const word = q === Q_TERM || q === Q_SKEL_TERM ? 0 : 1;
  return (f[(b & (f.length / 2 - 1)) * 2 + word] & m) === m;
}

/**
 * Chains postings by key in a table at most ~70% full (sized by the posting count, an upper bound
 * on distinct keys), drops duplicates, then lays each chain out contiguously. The filter turns
 * away nearly every miss, so a fuller table costs little time and saves megabytes. Skeleton
 * postings (P_SKEL in `skelFlag`) are stored under their salted key; their filter key is unsalted.
 */
export function buildTermTable(
  p: PostingColumns,
  prefixes: { lit: number[]; skel: number[] },
  skelFlag: number,
  salt: number,
): TableArrays {
  const n = p.n;
  let cap = 16;
  while (cap * 0.7 < n) cap *= 2;
  const mask = cap - 1;
  const keyH1 = new Uint32Array(cap),
    keyH2 = new Uint32Array(cap);
  const counts = new Uint32Array(cap);
  const head = new Int32Array(cap);
  const tail = new Int32Array(cap);
  const next = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const u1 = p.h1[i] >>> 0,
      u2 = p.h2[i] >>> 0;
    let s = slotHash(u1, u2) & mask;
    while (counts[s] !== 0 && (keyH1[s] !== u1 || keyH2[s] !== u2)) s = (s + 1) & mask;
    if (counts[s] === 0) {
      keyH1[s] = u1;
      keyH2[s] = u2;
      head[s] = i;
    } else {
      let dup = false;
      for (let j = head[s]; j >= 0 && !dup; j = next[j]) {
        dup =
          p.kind[j] === p.kind[i] &&
          p.flags[j] === p.flags[i] &&
          p.tokens[j] === p.tokens[i] &&
          p.brand[j] === p.brand[i] &&
          p.ref[j] === p.ref[i];
      }
      if (dup) continue;
      next[tail[s]] = i;
    }
    tail[s] = i;
    counts[s]++;
  }
  // Keys with one posting (nearly all) keep it in the slot itself: a hit then touches one cache
  // line, not two. Only keys shared by several postings point into the postings array.
  let kept = 0;
  for (let s = 0; s < cap; s++) if (counts[s] > 1) kept += Math.min(counts[s], MAX_RUN);
  if (kept >= 1 << 24)
    throw new Error(`Pack too large: ${kept} shared term postings, the engine holds at most 16,777,215`);
  const slots = new Uint32Array(cap * 4);
  const postings = new Uint32Array(kept * 2);
  const word = (j: number) => postingWord(p.kind[j], p.flags[j], p.tokens[j], p.brand[j]);
  const litKeys: number[] = [],
    skelKeys: number[] = [];
  let at = 0;
  for (let s = 0; s < cap; s++) {
    const count = Math.min(counts[s], MAX_RUN);
    if (count === 0) continue;
    slots[s * 4] = keyH1[s];
    slots[s * 4 + 1] = keyH2[s];
    if (count === 1) {
      slots[s * 4 + 2] = word(head[s]); // never 0: every kind is at least 1
      slots[s * 4 + 3] = p.ref[head[s]];
    } else {
      slots[s * 4 + 3] = (at << 8) | count; // word 2 stays 0: "see the postings"
      let left = count;
      for (let j = head[s]; j >= 0 && left > 0; j = next[j], left--) {
        postings[at * 2] = word(j);
        postings[at * 2 + 1] = p.ref[j];
        at++;
      }
    }
    if (p.flags[head[s]] & skelFlag) skelKeys.push(keyH1[s] ^ salt, keyH2[s]);
    else litKeys.push(keyH1[s], keyH2[s]);
  }
  return { slots, postings, filter: buildFilter([litKeys, prefixes.lit, skelKeys, prefixes.skel]) };
}

/**
 * Slot of key (h1, h2) (index of its first word), or -1; both halves must match, a 64-bit key.
 * A slot is four words: h1, h2, then the key's one posting (word, ref), or 0 and
 * first posting << 8 | count when several postings share the key. The caller asks the filter
 * first. Keys are passed as signed 32-bit values: unsigned ones above 2^31 would be boxed as
 * heap numbers on every call.
 */
export function slotOf(slots: Uint32Array, h1: number, h2: number): number {
  const mask = (slots.length >>> 2) - 1;
  let s = slotHash(h1, h2) & mask;
  for (;;) {
    const at = s << 2;
    if (slots[at + 2] === 0 && slots[at + 3] === 0) return -1;
    if ((slots[at] | 0) === h1 && (slots[at + 1] | 0) === h2) return at;
    s = (s + 1) & mask;
  }
}
