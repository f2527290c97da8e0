import type { Extraction, Listing } from '../types';

// The background refuses anything outside the protocol's limits, so the content script trims
// what it read to fit rather than lose a whole page to one overlong title. A page that is
// missing a mandatory field is reported as unreadable, without half-read listings.
const MAX_LISTINGS = 500;
const cut = (s: string | null, max: number) => (s === null ? null : s.length > max ? s.slice(0, max) : s);

export function prepareExtraction(x: Extraction): Extraction {
  if (x.missing.length > 0) return { ...x, listings: [], missing: x.missing.slice(0, 20).map((m) => m.slice(0, 40)) };
  const listings = x.listings
    .filter((l) => l.title?.trim() && l.listingId?.trim())
    .slice(0, MAX_LISTINGS)
    .map(fit);
  return { ...x, adapter: x.adapter.slice(0, 40), listings };
}

function fit(l: Listing): Listing {
  const price =
    l.price && Number.isFinite(l.price.amount) && l.price.amount >= 0 && /^[A-Z]{3}$/.test(l.price.currency)
      ? l.price
      : null;
  return {
    title: cut(l.title.trim(), 2_000)!,
    price: price ? { amount: price.amount, currency: price.currency, ...(price.range ? { range: true } : {}) } : null,
    seller: l.seller
      ? { name: cut(l.seller.name, 500), id: cut(l.seller.id, 500), url: cut(l.seller.url, 2_000) }
      : null,
    brand: cut(l.brand, 500),
    listingId: cut(l.listingId.trim(), 200)!,
    url: cut(l.url, 4_000),
    image: cut(l.image, 4_000),
    condition: l.condition,
    sponsored: l.sponsored,
  };
}
