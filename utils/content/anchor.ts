import type { Listing, PageKind } from '../types';

// Where a listing's badge goes: at the start of its title, so it reads as part of the listing,
// survives titles clamped to a few lines, and sits away from the card's controls. Adapters return
// data, not elements, so the card is found again the way marketplaces mark it up: an element
// carrying the listing id in a data attribute, else the card's longest link to the listing.
const ID_ATTRIBUTES = [
  'data-asin',
  'data-listing-id',
  'data-listingid',
  'data-item-id',
  'data-itemid',
  'data-id',
  'data-product-id',
  'data-offer-id',
  'data-sku',
  'data-nid',
];
const ID_SELECTOR = ID_ATTRIBUTES.map((a) => `[${a}]`).join(',');
/** A card's title, most specific first (Amazon: h2 inside the link; eBay: .s-item__title / .s-card__title). */
const TITLE_IN_CARD = ['.s-item__title', '.s-card__title', 'h2', 'h3', '[class*="title" i]:not(img)', 'a[title]'];
const PRODUCT_TITLE = ['#productTitle', '.x-item-title__mainTitle', 'h1[itemprop="name"]', 'h1'];
/** Our own badge host: never an anchor, never a card. */
export const OWN = '[data-listing-lens-badge]';

/** The title element of every listing found under `root`, keyed by listing id, in one pass. */
export function findAnchors(
  roots: readonly ParentNode[],
  listings: readonly Listing[],
  page: PageKind,
): Map<string, Element> {
  const out = new Map<string, Element>();
  if (listings.length === 0) return out;
  if (page === 'product') {
    const title = roots.map((r) => first(r, PRODUCT_TITLE)).find(Boolean);
    if (title) out.set(listings[0].listingId, title);
    return out;
  }
  const wanted = new Set(listings.map((l) => l.listingId));
  for (const el of within(roots, ID_SELECTOR)) {
    if (el.closest(OWN)) continue;
    for (const a of ID_ATTRIBUTES) {
      const id = el.getAttribute(a);
      if (id && wanted.has(id) && !out.has(id)) {
        // The outermost element with the id is the card; inner ones are its parts.
        out.set(id, titleIn(el));
        break;
      }
    }
  }
  const rest = listings.filter((l) => !out.has(l.listingId));
  if (rest.length > 0) {
    const best = new Map<string, Element>();
    for (const a of within(roots, 'a[href]')) {
      const href = a.getAttribute('href') ?? '';
      const len = (a.textContent ?? '').trim().length;
      for (const l of rest) {
        if (!href.includes(l.listingId)) continue;
        const prev = best.get(l.listingId);
        if (!prev || len > (prev.textContent ?? '').trim().length) best.set(l.listingId, a);
      }
    }
    for (const [id, a] of best) out.set(id, a);
  }
  return out;
}

/** Matches under each root, the root included (an added card is often the root itself). */
function within(roots: readonly ParentNode[], selector: string): Element[] {
  const out: Element[] = [];
  for (const r of roots) {
    if (r instanceof Element && r.matches(selector)) out.push(r);
    out.push(...Array.from(r.querySelectorAll(selector)));
  }
  return out;
}

function titleIn(card: Element): Element {
  return first(card, TITLE_IN_CARD) ?? card;
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el && !el.closest(OWN)) return el;
  }
  return null;
}
