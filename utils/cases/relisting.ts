import type { Listing } from '../types';

// A seller whose listing was removed often lists it again under a new id. Same seller and
// title, or the same main image, on the same marketplace points to the earlier case.
export interface PastFlag {
  id?: number;
  listingId: string;
  marketplace: string;
  url: string;
  status: string;
  createdAt: number;
  listing: Listing;
}
export interface Relisting {
  flagId: number;
  listingId: string;
  url: string;
  status: string;
  createdAt: number;
  match: 'seller-and-title' | 'image';
}

const normTitle = (t: string) =>
  t
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sellerKey = (l: Listing) => (l.seller?.id || l.seller?.name || '').normalize('NFKC').toLowerCase().trim();
const imageKey = (src: string | null) => {
  if (!src) return '';
  try {
    const u = new URL(src);
    return `${u.hostname.toLowerCase()}${u.pathname}`;
  } catch {
    return '';
  }
};

export function findRelistings(listing: Listing, marketplace: string, past: PastFlag[]): Relisting[] {
  const seller = sellerKey(listing);
  const title = normTitle(listing.title);
  const image = imageKey(listing.image);
  const out: Relisting[] = [];
  for (const f of past) {
    if (f.id === undefined || f.marketplace !== marketplace || f.listingId === listing.listingId) continue;
    const match =
      seller && title && sellerKey(f.listing) === seller && normTitle(f.listing.title) === title
        ? 'seller-and-title'
        : image && imageKey(f.listing.image) === image
          ? 'image'
          : null;
    if (match)
      out.push({ flagId: f.id, listingId: f.listingId, url: f.url, status: f.status, createdAt: f.createdAt, match });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * For a whole history: each flag that looks like a re-listing of an earlier flag on the same
 * marketplace, mapped to the earliest such flag. Indexed by key, so it stays linear.
 */
export function relistedFrom(flags: PastFlag[]): Map<number, Relisting> {
  const sorted = [...flags].filter((f) => f.id !== undefined).sort((a, b) => a.createdAt - b.createdAt);
  const seen = new Map<string, PastFlag>();
  const out = new Map<number, Relisting>();
  for (const f of sorted) {
    const keys: [string, Relisting['match']][] = [];
    const seller = sellerKey(f.listing);
    const title = normTitle(f.listing.title);
    if (seller && title) keys.push([`${f.marketplace}\u0000s\u0000${seller}\u0000${title}`, 'seller-and-title']);
    const image = imageKey(f.listing.image);
    if (image) keys.push([`${f.marketplace}\u0000i\u0000${image}`, 'image']);
    for (const [key, match] of keys) {
      const first = seen.get(key);
      if (first && first.listingId !== f.listingId && !out.has(f.id!)) {
        out.set(f.id!, {
          flagId: first.id!,
          listingId: first.listingId,
          url: first.url,
          status: first.status,
          createdAt: first.createdAt,
          match,
        });
      }
      if (!first) seen.set(key, f);
    }
  }
  return out;
}
