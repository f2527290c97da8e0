import type { Listing } from '../types';

// A seller whose listing was removed often lists it again under a new id. Same seller and
// title, or the same main image, on the same marketplace points to the earlier case.
export interface PastFlag { id?: number; listingId: string; marketplace: string; url: string; status: string; createdAt: number; listing: Listing }
export interface Relisting { flagId: number; listingId: string; url: string; status: string; createdAt: number; match: 'seller-and-title' | 'image' }

export const normTitle = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sellerKey = (l: Listing) => (l.seller?.id || l.seller?.name || '').normalize('NFKC').toLowerCase().trim();
export const imageKey = (src: string | null) => {
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
      seller && title && sellerKey(f.listing) === seller && normTitle(f.listing.title) === title ? 'seller-and-title'
      : image && imageKey(f.listing.image) === image ? 'image'
      : null;
    if (match) out.push({ flagId: f.id, listingId: f.listingId, url: f.url, status: f.status, createdAt: f.createdAt, match });
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}
