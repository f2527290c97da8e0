// Seller lists as a hash set: 16 bits of one hash pick a bucket, 32 bits of another are kept sorted
// inside it, and a 16-bit tag says which brand and which list. Six bytes per seller, no strings:
// a million seller ids fit in about 6 MB and a lookup touches a handful of entries. In front of it,
// a Bloom filter in 64-byte blocks (one cache line, about 8 bits per seller) turns away nearly
// every seller on no list with a single memory access instead of two.
import { mix32 as mix32$ } from './hash';
import type { EngineArrays } from './engine-data';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const mix32 = mix32$;

const SEED_BUCKET = 0x2c1b3c6d;
const SEED_LOW = 0x297a2d39;
const BUCKETS = 65536;

/** Seller names are matched loosely (case, width, spacing); ids exactly. */
function sellerNameKey(name: string): string {
  if (isPlainKey(name)) return name; // most names: nothing to normalise, so no regexes and no copy
  let s = /[^\x00-\x7f]/.test(name) ? name.normalize('NFKC') : name;
  s = s.toLowerCase();
  return /\s\s|^\s|\s$|[\t\n\r\f\v]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** ASCII, no capitals, single inner spaces only: the key is the name itself (as the slow path would return it). */
function isPlainKey(name: string): boolean {
  const L = name.length;
  for (let i = 0; i < L; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || (c >= 9 && c <= 13)) return false;
    if (c === 32 && (i === 0 || i === L - 1 || name.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

let outBucket = 0;
/** Signed (as Math.imul gives): an unsigned value above 2^31 would be a heap number on every store. */
let outLow = 0;
let outBlock = 0;
// The hash state after marketplace + kind, for the last pair seen: a page's listings share both,
// and hashing the marketplace again for every listing is most of a lookup's work.
let lastMarket: string | null = null;
let lastKind = '';
let lastA = 0;
let lastB = 0;

/** Two FNV-1a hashes of marketplace + kind + value in one pass, without building the joined string. */
function sellerKey(marketplace: string, kind: 'i' | 'n', raw: string): void {
  const value = kind === 'n' ? sellerNameKey(raw) : raw;
  let a: number, b: number;
  if (marketplace === lastMarket && kind === lastKind) (a = lastA), (b = lastB);
  else {
    a = (0x811c9dc5 ^ SEED_BUCKET) >>> 0;
    b = (0x811c9dc5 ^ SEED_LOW) >>> 0;
    for (let i = 0; i < marketplace.length; i++) {
      const c = marketplace.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    const k = kind === 'i' ? 0x10001 : 0x10002; // outside UTF-16, so no marketplace key can imitate it
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x01000193);
    (lastMarket = marketplace), (lastKind = kind), (lastA = a), (lastB = b);
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  const ma = mix32(a);
  outBucket = ma >>> 16;
  outBlock = ma & 0xffff; // the filter block comes from the bits the bucket does not use
  outLow = mix32(b) | 0;
}

interface SellerRefLike {
  marketplace: string;
  id?: string;
  name?: string;
}
interface BrandSellers {
  authorisedSellers: SellerRefLike[];
  blockedSellers: SellerRefLike[];
}

type SellerArrays = Pick<EngineArrays, 'sellerBucket' | 'sellerHash' | 'sellerTag' | 'sellerFilter'>;

export function buildSellerSet(brands: BrandSellers[]): SellerArrays & { nameMarkets: string[] } {
  let count = 0;
  for (const b of brands) count += b.authorisedSellers.length + b.blockedSellers.length;
  // A ref with both id and name is stored twice, so either field on the page finds it.
  const buckets = new Uint32Array(count * 2);
  const lows = new Uint32Array(count * 2);
  const tags = new Uint16Array(count * 2);
  const blockBits = new Uint16Array(count * 2);
  let n = 0;
  const push = (tag: number) => {
    buckets[n] = outBucket;
    lows[n] = outLow; // stored unsigned: the buckets are sorted as unsigned
    blockBits[n] = outBlock;
    tags[n] = tag;
    n++;
  };
  const nameMarkets = new Set<string>();
  brands.forEach((b, bi) => {
    for (const [list, blocked] of [
      [b.authorisedSellers, 0],
      [b.blockedSellers, 1],
    ] as const) {
      const tag = (bi << 1) | blocked;
      for (const s of list) {
        if (s.id) sellerKey(s.marketplace, 'i', s.id), push(tag);
        if (s.name) sellerKey(s.marketplace, 'n', s.name), push(tag), nameMarkets.add(s.marketplace);
      }
    }
  });
  // Counting sort by bucket, then a short insertion sort inside each bucket.
  const sellerBucket = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) sellerBucket[buckets[i] + 1]++;
  for (let b = 0; b < BUCKETS; b++) sellerBucket[b + 1] += sellerBucket[b];
  const fill = sellerBucket.slice(0, BUCKETS);
  const sellerHash = new Uint32Array(n);
  const sellerTag = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const at = fill[buckets[i]]++;
    sellerHash[at] = lows[i];
    sellerTag[at] = tags[i];
  }
  for (let b = 0; b < BUCKETS; b++) {
    for (let i = sellerBucket[b] + 1; i < sellerBucket[b + 1]; i++) {
      const h = sellerHash[i],
        t = sellerTag[i];
      let j = i - 1;
      while (j >= sellerBucket[b] && sellerHash[j] > h) {
        sellerHash[j + 1] = sellerHash[j];
        sellerTag[j + 1] = sellerTag[j];
        j--;
      }
      sellerHash[j + 1] = h;
      sellerTag[j + 1] = t;
    }
  }
  // The filter: 16-word blocks, three bits per entry chosen by 27 bits of the low hash.
  let blocks = 1;
  while (blocks * 512 < n * 8 && blocks < 65536) blocks *= 2;
  const sellerFilter = new Uint32Array(n === 0 ? 0 : blocks * 16);
  for (let i = 0; i < n; i++) setFilter(sellerFilter, (blockBits[i] & (blocks - 1)) << 4, lows[i]);
  return { sellerBucket, sellerHash, sellerTag, sellerFilter, nameMarkets: [...nameMarkets] };
}

function setFilter(f: Uint32Array, base: number, low: number): void {
  const b1 = low & 511,
    b2 = (low >>> 9) & 511,
    b3 = (low >>> 18) & 511;
  f[base + (b1 >>> 5)] |= 1 << (b1 & 31);
  f[base + (b2 >>> 5)] |= 1 << (b2 & 31);
  f[base + (b3 >>> 5)] |= 1 << (b3 & 31);
}

/** False when the last computed key is certainly on no list. */
function inFilter(f: Uint32Array): boolean {
  const base = (outBlock & ((f.length >>> 4) - 1)) << 4,
    low = outLow;
  const b1 = low & 511,
    b2 = (low >>> 9) & 511,
    b3 = (low >>> 18) & 511;
  return (
    (f[base + (b1 >>> 5)] & (1 << (b1 & 31))) !== 0 &&
    (f[base + (b2 >>> 5)] & (1 << (b2 & 31))) !== 0 &&
    (f[base + (b3 >>> 5)] & (1 << (b3 & 31))) !== 0
  );
}

/** The answer for a seller on no list (most): one frozen empty array, never written to. */
const NONE: number[] = Object.freeze([]) as unknown as number[];

/** Tags (brand << 1 | blocked) of every list entry matching this seller id or name. */
/** `byName`: the pack lists sellers by name on this marketplace (else the name is not hashed at all). */
export function findSellerTags(
  a: SellerArrays,
  marketplace: string,
  id: string | null,
  name: string | null,
  byName = true,
): number[] {
  if (a.sellerHash.length === 0) return NONE;
  const f = a.sellerFilter;
  let out: number[] | null = null;
  if (id && (sellerKey(marketplace, 'i', id), inFilter(f))) out = probe(a, out);
  if (name && byName && (sellerKey(marketplace, 'n', name), inFilter(f))) out = probe(a, out);
  return out ?? NONE;
}

/** Adds the tags of the entries with the last computed key (a function, not a per-call closure). */
function probe(a: SellerArrays, out: number[] | null): number[] | null {
  const b = outBucket;
  const low = outLow >>> 0; // a local: unsigned costs nothing in a register
  const hash = a.sellerHash,
    tag = a.sellerTag;
  for (let i = a.sellerBucket[b], to = a.sellerBucket[b + 1]; i < to; i++) {
    if (hash[i] === low) {
      if (!out) out = [tag[i]];
      else if (!out.includes(tag[i])) out.push(tag[i]);
    } else if (hash[i] > low) break;
  }
  return out;
}
