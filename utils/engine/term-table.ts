// The term table: every pack term (and built-in cue) hashed to a 64-bit key in an open-addressing
// table. A listing is matched by hashing its token runs and probing, so the cost per listing
// depends on its length, not on how many terms the pack holds. Most probes miss; a Bloom filter
// (8+ bits per key, two bits per probe) answers those from cache without touching the big table.
import { mix32 as mix32$ } from './hash';
import type { EngineArrays } from './engine-data';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const mix32 = mix32$;

type TableArrays = Pick<EngineArrays, 'slots' | 'bloom' | 'postings'>;

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
    this.h1[i] = h1; this.h2[i] = h2; this.kind[i] = kind; this.flags[i] = flags;
    this.tokens[i] = Math.min(tokens, 255); this.brand[i] = brand; this.ref[i] = ref;
  }

  private grow(): void {
    const double = <T extends Int32Array | Uint8Array | Uint16Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.h1 = double(this.h1); this.h2 = double(this.h2); this.kind = double(this.kind); this.flags = double(this.flags);
    this.tokens = double(this.tokens); this.brand = double(this.brand); this.ref = double(this.ref);
  }
}

const slotHash = (h1: number, h2: number) => mix32(h1 ^ Math.imul(h2, 0x27d4eb2d));
/** Postings per key: a spelling shared by more than 255 entries identifies none of them. */
const MAX_RUN = 255;
const bloomHash = (h1: number, h2: number) => mix32(h2 ^ Math.imul(h1, 0x165667b1));

/**
 * Chains postings by key in a table at most ~70% full (sized by the posting count, an upper bound
 * on distinct keys), drops duplicates, then lays each chain out contiguously. The Bloom filter
 * turns away nearly every miss, so a fuller table costs little time and saves megabytes.
 */
export function buildTermTable(p: PostingColumns): TableArrays {
  const n = p.n;
  let cap = 16;
  while (cap * 0.7 < n) cap *= 2;
  const mask = cap - 1;
  const slots = new Uint32Array(cap * 3);
  const counts = new Uint32Array(cap);
  const head = new Int32Array(cap);
  const tail = new Int32Array(cap);
  const next = new Int32Array(n).fill(-1);
  let keys = 0;
  for (let i = 0; i < n; i++) {
    const u1 = p.h1[i] >>> 0, u2 = p.h2[i] >>> 0;
    let s = slotHash(u1, u2) & mask;
    while (counts[s] !== 0 && (slots[s * 3] !== u1 || slots[s * 3 + 1] !== u2)) s = (s + 1) & mask;
    if (counts[s] === 0) {
      slots[s * 3] = u1;
      slots[s * 3 + 1] = u2;
      head[s] = i;
      keys++;
    } else {
      let dup = false;
      for (let j = head[s]; j >= 0 && !dup; j = next[j]) {
        dup = p.kind[j] === p.kind[i] && p.flags[j] === p.flags[i] && p.tokens[j] === p.tokens[i] && p.brand[j] === p.brand[i] && p.ref[j] === p.ref[i];
      }
      if (dup) continue;
      next[tail[s]] = i;
    }
    tail[s] = i;
    counts[s]++;
  }
  let bloomBits = 1024;
  while (bloomBits < keys * 8) bloomBits *= 2;
  const bloom = new Uint32Array(bloomBits / 32);
  const bmask = bloomBits - 1;
  let kept = 0;
  for (let s = 0; s < cap; s++) kept += Math.min(counts[s], MAX_RUN);
  if (kept >= 1 << 24) throw new Error(`Pack too large: ${kept} term postings, the engine holds at most 16,777,215`);
  const postings = new Uint32Array(kept * 2);
  let at = 0;
  for (let s = 0; s < cap; s++) {
    const count = Math.min(counts[s], MAX_RUN);
    if (count === 0) continue;
    slots[s * 3 + 2] = (at << 8) | count;
    let left = count;
    for (let j = head[s]; j >= 0 && left > 0; j = next[j], left--) {
      postings[at * 2] = (p.kind[j] & 0xf) | (p.flags[j] << 4) | (Math.min(p.tokens[j], 15) << 12) | (p.brand[j] << 16);
      postings[at * 2 + 1] = p.ref[j];
      at++;
    }
    const b = bloomHash(slots[s * 3], slots[s * 3 + 1]);
    const b1 = b & bmask, b2 = mix32(b) & bmask;
    bloom[b1 >>> 5] |= 1 << (b1 & 31);
    bloom[b2 >>> 5] |= 1 << (b2 & 31);
  }
  return { slots, bloom, postings };
}

/** A Bloom filter over flattened (h1, h2) pairs, 8+ bits per key. */
export function buildBloom(keys: number[]): Uint32Array {
  let bits = 1024;
  while (bits < (keys.length / 2) * 8) bits *= 2;
  const bloom = new Uint32Array(bits / 32);
  const bmask = bits - 1;
  for (let i = 0; i < keys.length; i += 2) {
    const b = bloomHash(keys[i] >>> 0, keys[i + 1] >>> 0);
    const b1 = b & bmask, b2 = mix32(b) & bmask;
    bloom[b1 >>> 5] |= 1 << (b1 & 31);
    bloom[b2 >>> 5] |= 1 << (b2 & 31);
  }
  return bloom;
}

/** True when (h1, h2) may be in the filter; false means certainly not. */
export function inBloom(bloom: Uint32Array, h1: number, h2: number): boolean {
  const bmask = bloom.length * 32 - 1;
  const b = bloomHash(h1 >>> 0, h2 >>> 0);
  const b1 = b & bmask;
  if ((bloom[b1 >>> 5] & (1 << (b1 & 31))) === 0) return false;
  const b2 = mix32(b) & bmask;
  return (bloom[b2 >>> 5] & (1 << (b2 & 31))) !== 0;
}

/** Slot of key (h1, h2) (index of its first word; the third word is first posting << 8 | count), or -1. Both halves must match: a 64-bit key. */
export function findSlot(a: Pick<TableArrays, 'slots' | 'bloom'>, h1: number, h2: number): number {
  const u1 = h1 >>> 0, u2 = h2 >>> 0;
  const bloom = a.bloom;
  const bmask = bloom.length * 32 - 1;
  const b = bloomHash(u1, u2);
  const b1 = b & bmask;
  if ((bloom[b1 >>> 5] & (1 << (b1 & 31))) === 0) return -1;
  const b2 = mix32(b) & bmask;
  if ((bloom[b2 >>> 5] & (1 << (b2 & 31))) === 0) return -1;
  const slots = a.slots;
  const mask = slots.length / 3 - 1;
  let s = slotHash(u1, u2) & mask;
  for (;;) {
    const at = s * 3;
    if (slots[at + 2] === 0) return -1;
    if (slots[at] === u1 && slots[at + 1] === u2) return at;
    s = (s + 1) & mask;
  }
}

/**
 * The slot walk of findSlot, for a caller that has checked the term Bloom filter itself (the
 * scanner shares one Bloom hash between the term and prefix filters). Keys are passed as signed
 * 32-bit values: unsigned ones above 2^31 would be boxed as heap numbers on every call.
 */
export function slotOf(slots: Uint32Array, h1: number, h2: number): number {
  const mask = slots.length / 3 - 1;
  let s = slotHash(h1, h2) & mask;
  for (;;) {
    const at = s * 3;
    if (slots[at + 2] === 0) return -1;
    if ((slots[at] | 0) === h1 && (slots[at + 1] | 0) === h2) return at;
    s = (s + 1) & mask;
  }
}
