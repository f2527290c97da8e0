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
  ctx: PriceContext;
}

interface Card {
  id: string;
  el: Element;
  links: Element[];
}

const shape = (el: Element) => `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}`;

/**
 * The repeated card structure: the element whose children carry the most distinct listings (each
 * child a card, named by the id most of its links carry: a card's colour swatches link to sibling
 * listings), plus every element of the same shape (the other rows of a grid), in page order.
 */
function listCards(links: readonly (readonly [Element, string])[]): Card[] {
  const kids = new Map<Element, Map<Element, [string, Element][]>>();
  for (const [a, id] of links) {
    let child: Element = a;
    for (let p = a.parentElement; p; child = p, p = p.parentElement) {
      let m = kids.get(p);
      if (!m) kids.set(p, (m = new Map()));
      const l = m.get(child);
      if (l) l.push([id, a]);
      else m.set(child, [[id, a]]);
    }
  }
  const cardOf = (el: Element, l: [string, Element][]): Card => {
    const count = new Map<string, number>();
    for (const [id] of l) count.set(id, (count.get(id) ?? 0) + 1);
    let id = l[0][0];
    for (const [k, n] of count) if (n > (count.get(id) ?? 0)) id = k;
    return { id, el, links: l.filter(([k]) => k === id).map(([, a]) => a) };
  };
  // A card's links name one listing, or mostly one (its colour swatches link to siblings); a box of
  // several cards (a row, a section) does not count as one card of its parent.
  const cardLike = (l: [string, Element][]) => {
    const count = new Map<string, number>();
    for (const [id] of l) count.set(id, (count.get(id) ?? 0) + 1);
    const top = Math.max(...count.values());
    return count.size === 1 || top > l.length - top;
  };
  const score = (m: Map<Element, [string, Element][]>) =>
    new Set([...m.values()].filter(cardLike).map((l) => l[0][0])).size;
  let best: Element | null = null;
  let bestScore = 1;
  for (const [p, m] of kids) {
    const sc = m.size > 1 ? score(m) : 0;
    if (sc > bestScore) [best, bestScore] = [p, sc];
  }
  if (!best) return [];
  const want = shape(best);
  const lists = [...kids.keys()].filter((p) => p === best || shape(p) === want);
  const cards: Card[] = [];
  for (const p of lists) {
    // Children in page order: a list's rows come in the order the page shows them.
    for (const c of Array.from(p.children)) {
      const l = kids.get(p)?.get(c);
      if (l && cardLike(l)) cards.push(cardOf(c, l));
    }
  }
  return cards;
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
  for (const card of listCards(links)) {
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
