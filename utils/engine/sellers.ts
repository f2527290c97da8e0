// Seller lists as a hash set: 16 bits of one hash pick a bucket, 32 bits of another are kept sorted
// inside it, and a 16-bit tag says which brand and which list. Six bytes per seller, no strings:
// a million seller ids fit in about 6 MB and a lookup touches a handful of entries.
import { fnv32 } from './hash';
import type { EngineArrays } from './engine-data';

const SEED_BUCKET = 0x2c1b3c6d;
const SEED_LOW = 0x297a2d39;
export const BUCKETS = 65536;

/** Seller names are matched loosely (case, width, spacing); ids exactly. */
export function sellerNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function sellerKey(marketplace: string, kind: 'i' | 'n', value: string): string {
  return `${marketplace}\u0000${kind}\u0000${kind === 'n' ? sellerNameKey(value) : value}`;
}

export interface SellerEntry {
  marketplace: string;
  id?: string;
  name?: string;
  brand: number;
  blocked: boolean;
}

type SellerArrays = Pick<EngineArrays, 'sellerBucket' | 'sellerHash' | 'sellerTag'>;

export function buildSellerSet(entries: Iterable<SellerEntry>, count: number): SellerArrays {
  // A ref with both id and name is stored twice, so either field on the page finds it.
  const buckets = new Uint32Array(count * 2);
  const lows = new Uint32Array(count * 2);
  const tags = new Uint16Array(count * 2);
  let n = 0;
  const push = (key: string, tag: number) => {
    buckets[n] = fnv32(key, SEED_BUCKET) >>> 16;
    lows[n] = fnv32(key, SEED_LOW);
    tags[n] = tag;
    n++;
  };
  for (const e of entries) {
    const tag = (e.brand << 1) | (e.blocked ? 1 : 0);
    if (e.id) push(sellerKey(e.marketplace, 'i', e.id), tag);
    if (e.name) push(sellerKey(e.marketplace, 'n', e.name), tag);
  }
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
      const h = sellerHash[i], t = sellerTag[i];
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
  return { sellerBucket, sellerHash, sellerTag };
}

/** Tags (brand << 1 | blocked) of every list entry matching this seller id or name. */
export function findSellerTags(a: SellerArrays, marketplace: string, id: string | null, name: string | null): number[] {
  const out: number[] = [];
  const probe = (key: string) => {
    const b = fnv32(key, SEED_BUCKET) >>> 16;
    const low = fnv32(key, SEED_LOW);
    for (let i = a.sellerBucket[b]; i < a.sellerBucket[b + 1]; i++) {
      if (a.sellerHash[i] === low && !out.includes(a.sellerTag[i])) out.push(a.sellerTag[i]);
      else if (a.sellerHash[i] > low) break;
    }
  };
  if (id) probe(sellerKey(marketplace, 'i', id));
  if (name) probe(sellerKey(marketplace, 'n', name));
  return out;
}
