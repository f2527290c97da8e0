import type { Listing, PageKind } from '../types';

// Where a listing's badge goes. Adapters return data, not elements, so the content script
// finds the listing again the way marketplaces mark it up: an element carrying the listing id
// in a data attribute (results cards), or a link to the listing; on a product page, its title.
const ID_ATTRIBUTES = [
  'data-asin',
  'data-listing-id',
  'data-item-id',
  'data-itemid',
  'data-id',
  'data-product-id',
  'data-offer-id',
  'data-sku',
  'data-listingid',
  'data-nid',
];
const TITLE_IN_CARD = 'h2 a, h3 a, h2, h3, [class*="title" i] a, a[title], a';

export function findAnchor(doc: Document, listing: Listing, page: PageKind, index: number): Element | null {
  if (page === 'product' && index === 0) {
    return doc.querySelector('#productTitle') ?? doc.querySelector('h1');
  }
  const id = listing.listingId;
  const escaped = cssEscape(id);
  for (const attr of ID_ATTRIBUTES) {
    const card = doc.querySelector(`[${attr}="${escaped}"]`);
    if (card) return card.querySelector(TITLE_IN_CARD) ?? card;
  }
  let best: Element | null = null;
  for (const a of Array.from(doc.querySelectorAll(`a[href*="${escaped}"]`))) {
    if (!best || (a.textContent ?? '').trim().length > (best.textContent ?? '').trim().length) best = a;
  }
  return best;
}

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\\]]/g, '\\$&');
}
