// Result pages without usable page state: find listing links by URL shape, grow each link to
// the card that holds it (the largest ancestor holding no other listing), and read the card.
// Keyed by the marketplace's listing id, so class-name churn does not lose results.
import type { Listing, Price } from '../types';
import { all, attr, canonicalUrl, imageUrl, isHidden, optional, text, textOf, type Selectors } from './dom';
import { parsePrice, type PriceContext } from './price-parse';

export interface CardSpec {
  /** Listing id from a link's absolute URL; null for links that are not listings. */
  idOf(href: URL): string | null;
  /** Canonical listing URL for an id (`link` is the card's own link, absolute). */
  urlOf(id: string, base: URL, link: URL): string;
  title?: Selectors;
  price?: Selectors;
  seller?: Selectors;
  /** Marks an advertised result (a "Sponsored"/"Ad" badge, a p4p tracking attribute...). */
  sponsored?: Selectors;
  ctx: PriceContext;
}

const idFor = (a: Element, spec: CardSpec, base: URL): string | null => {
  try {
    return spec.idOf(new URL(a.getAttribute('href') ?? '', base));
  } catch {
    return null;
  }
};

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

/** Hidden itself or inside a hidden box (Taobao/Tmall keep empty or stale promo boxes hidden). */
function hiddenWithin(el: Element, root: ParentNode): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement)
    if (isHidden(e) || e.classList.contains('tb-hidden')) return true;
  return false;
}

/** The first element, in selector order, whose text parses as a price (a bare "¥" does not). */
export function priceAt(root: ParentNode, selectors: Selectors | undefined, ctx: PriceContext): Price | null {
  for (const sel of selectors ? (typeof selectors === 'string' ? [selectors] : selectors) : []) {
    for (const el of all(root, sel)) {
      if (hiddenWithin(el, root)) continue;
      const p = parsePrice(textOf(el), ctx);
      if (p) return p;
    }
  }
  return null;
}

/** One listing per distinct id, in page order. */
export function readCards(root: ParentNode, base: URL, spec: CardSpec): Listing[] {
  const links = Array.from(root.querySelectorAll('a[href]'))
    .map((a) => [a, idFor(a, spec, base)] as const)
    .filter((x): x is readonly [Element, string] => x[1] != null);
  const cards = cardsOf(links);
  const seen = new Set<string>();
  const out: Listing[] = [];
  for (const [a, id] of links) {
    if (seen.has(id)) continue;
    seen.add(id);
    const card = cards.get(a) ?? a;
    const title =
      (spec.title && text(card, spec.title)) ||
      attr(card, ['a[title]'], 'title') ||
      attr(card, ['img[alt]'], 'alt') ||
      textOf(a);
    if (!title) continue;
    const sellerEl = spec.seller ? optional(card, spec.seller) : null;
    const sellerHref = sellerEl?.closest('a')?.getAttribute('href') ?? sellerEl?.getAttribute('href');
    out.push({
      title,
      price: priceAt(card, spec.price, spec.ctx),
      seller:
        sellerEl && textOf(sellerEl) ? { name: textOf(sellerEl), id: null, url: canonicalUrl(sellerHref, base) } : null,
      brand: null,
      listingId: id,
      url: spec.urlOf(id, base, new URL(a.getAttribute('href') ?? '', base)),
      image: imageUrl(card.querySelector('img'), base),
      condition: null,
      sponsored: spec.sponsored ? Boolean(optional(card, spec.sponsored)) : null,
    });
  }
  return out;
}
