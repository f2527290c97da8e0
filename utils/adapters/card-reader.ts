// The general reader of result cards. A results page repeats one card structure: find every
// listing link, grow each to its card (the largest ancestor holding no other listing), group the
// cards by shape and keep the largest group, so carousels, "more like this" rows and header
// links fall away. Each card is then read by card-fields.ts, with the adapter's hints first.
import type { Listing, Price } from '../types';
import { canonicalUrl, imageUrl, text, type Selectors } from './dom';
import { cardPrice, cardSeller, cardSponsored, cardTitle } from './card-fields';
import { sameSiteListingId } from './listing-links';
import type { PriceContext } from './price-parse';

export interface CardHints {
  /** Listing id from a link's absolute URL; null for links that are not listings. Default: the URL's shape. */
  idOf?(href: URL): string | null;
  /** Canonical listing URL for an id (`link` is the card's own link, absolute). Default: the link, untracked. */
  urlOf?(id: string, base: URL, link: URL): string;
  title?: Selectors;
  price?: Selectors;
  /** A reader for prices the page splits in its own way (Mercado Libre's fraction and cents). */
  priceOf?(card: Element, ctx: PriceContext): Price | null;
  seller?: Selectors;
  /** A brand line some cards print above the title. */
  brand?: Selectors;
  /** Marks an advertised result (a "Sponsored"/"Ad" badge, a p4p tracking attribute...). */
  sponsored?: Selectors;
  /** Keep cards of every shape (the adapter's idOf already admits only results). */
  allShapes?: boolean;
  ctx: PriceContext;
}

/**
 * For every listing link, its card: the highest ancestor below <body> whose listing links all carry
 * this link's id. One pass marks each ancestor with the single id beneath it (or null for several).
 */
function cardsOf(links: readonly (readonly [Element, string])[]): Map<Element, Element> {
  const under = new Map<Element, string | null>();
  for (const [a, id] of links) {
    for (let p = a.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
      const seen = under.get(p);
      // An ancestor already marked with this id, or with several, has ancestors marked alike.
      if (seen === id || seen === null) break;
      under.set(p, seen === undefined ? id : null);
    }
  }
  const out = new Map<Element, Element>();
  for (const [a, id] of links) {
    let card = a;
    for (let p = a.parentElement; p && under.get(p) === id; p = p.parentElement) card = p;
    out.set(a, card);
  }
  return out;
}

/** Cards of one grid share their tag and their container's kind, row after row. */
function shapeOf(card: Element): string {
  const p = card.parentElement;
  return `${p?.tagName}.${(p?.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}>${card.tagName}`;
}

interface Card {
  id: string;
  el: Element;
  links: Element[];
}

function groupCards(links: readonly (readonly [Element, string])[], allShapes: boolean): Card[] {
  const cardOf = cardsOf(links);
  const byEl = new Map<Element, Card>();
  for (const [a, id] of links) {
    const el = cardOf.get(a) ?? a;
    const c = byEl.get(el) ?? { id, el, links: [] };
    c.links.push(a);
    byEl.set(el, c);
  }
  const cards = [...byEl.values()];
  if (allShapes) return cards;
  const groups = new Map<string, Card[]>();
  for (const c of cards) groups.set(shapeOf(c.el), [...(groups.get(shapeOf(c.el)) ?? []), c]);
  let best: Card[] = [];
  for (const g of groups.values()) if (new Set(g.map((c) => c.id)).size > new Set(best.map((c) => c.id)).size) best = g;
  return best;
}

/** One listing per distinct id, in page order. */
export function readResultCards(root: ParentNode, base: URL, hints: CardHints): Listing[] {
  const idOf = hints.idOf ?? ((u: URL) => sameSiteListingId(u, base));
  const links: (readonly [Element, string])[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let id: string | null = null;
    try {
      id = idOf(new URL(a.getAttribute('href') ?? '', base));
    } catch {
      id = null;
    }
    if (id) links.push([a, id]);
  }
  const seen = new Set<string>();
  const out: Listing[] = [];
  for (const card of groupCards(links, hints.allShapes ?? false)) {
    if (seen.has(card.id)) continue;
    const title = cardTitle(card.el, card.links, hints.title);
    if (!title) continue;
    seen.add(card.id);
    const link = new URL(card.links[0].getAttribute('href') ?? '', base);
    out.push({
      title,
      price: hints.priceOf?.(card.el, hints.ctx) ?? cardPrice(card.el, hints.ctx, hints.price),
      seller: cardSeller(card.el, base, hints.seller),
      brand: (hints.brand && text(card.el, hints.brand)) || null,
      listingId: card.id,
      url: hints.urlOf ? hints.urlOf(card.id, base, link) : canonicalUrl(link.href, base),
      image: imageUrl(card.el.querySelector('img'), base),
      condition: null,
      sponsored: cardSponsored(card.el, hints.sponsored),
    });
  }
  return out;
}
