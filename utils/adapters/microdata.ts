// schema.org Product data written into the markup: microdata (itemscope/itemprop) and
// RDFa-lite (typeof/property). Both become the same nested property objects, then drafts.
import type { Price } from '../types';
import { absUrl, clean } from './dom';
import { conditionFrom, type ListingDraft } from './listing-draft';
import { parsePrice, priceFrom, type PriceContext } from './price-parse';

interface Item {
  type: string;
  el: Element;
  props: Map<string, (string | Item)[]>;
}

interface Syntax {
  scope: string; // attribute that opens an item
  type: string; // attribute naming its type
  prop: string; // attribute naming a property
}
const MICRODATA: Syntax = { scope: 'itemscope', type: 'itemtype', prop: 'itemprop' };
const RDFA: Syntax = { scope: 'typeof', type: 'typeof', prop: 'property' };

const bare = (t: string) =>
  t
    .trim()
    .split(/\s+/)[0]
    ?.replace(/^.*[/#:]/, '')
    .toLowerCase() ?? '';

function propValue(el: Element, syn: Syntax): string {
  const tag = el.tagName.toLowerCase();
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  if (syn === RDFA && el.hasAttribute('resource')) return el.getAttribute('resource') ?? '';
  if (tag === 'meta') return '';
  if (tag === 'link' || tag === 'a' || tag === 'area') return el.getAttribute('href') ?? '';
  if (tag === 'img' || tag === 'source' || tag === 'video' || tag === 'audio' || tag === 'iframe')
    return el.getAttribute('src') ?? '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  return el.textContent ?? '';
}

function readItem(el: Element, syn: Syntax): Item {
  const item: Item = { type: bare(el.getAttribute(syn.type) ?? ''), el, props: new Map() };
  const walk = (node: Element): void => {
    for (const c of Array.from(node.children)) {
      const names = (c.getAttribute(syn.prop) ?? '').trim();
      const opens = c.hasAttribute(syn.scope);
      if (names) {
        const v: string | Item = opens ? readItem(c, syn) : clean(propValue(c, syn));
        for (const n of names.split(/\s+/)) {
          const key = n.replace(/^.*[/#:]/, '');
          item.props.set(key, [...(item.props.get(key) ?? []), v]);
        }
      }
      if (!opens) walk(c); // a nested item's properties belong to it, not to us
    }
  };
  walk(el);
  return item;
}

const first = (i: Item, k: string): string | Item | null =>
  i.props.get(k)?.find((v) => (typeof v === 'string' ? v : true)) ?? null;
const text = (i: Item | null, k: string): string | null => {
  const v = i ? first(i, k) : null;
  return typeof v === 'string' ? v || null : v ? text(v, 'name') : null;
};
const sub = (i: Item, k: string): Item[] => (i.props.get(k) ?? []).filter((v): v is Item => typeof v !== 'string');

function offerPrice(o: Item, ctx: PriceContext): Price | null {
  const cur = text(o, 'priceCurrency');
  const low = text(o, 'lowPrice');
  if (low) {
    const p = priceFrom(low, cur, ctx);
    const high = priceFrom(text(o, 'highPrice'), cur, ctx);
    if (p) return high && high.amount !== p.amount ? { ...p, range: true } : p;
  }
  const raw = text(o, 'price');
  if (!raw) {
    const spec = sub(o, 'priceSpecification')[0];
    return spec ? offerPrice(spec, ctx) : null;
  }
  // Visible price text inside an itemprop ("109€ 109€") needs the text parser.
  return priceFrom(raw, cur, ctx) ?? parsePrice(raw, cur ? { ...ctx, defaultCurrency: cur } : ctx);
}

function draftOf(p: Item, base: URL, ctx: PriceContext, source: 'microdata' | 'rdfa'): ListingDraft {
  const offers = sub(p, 'offers');
  const offer = offers.find((o) => !/outofstock|soldout/i.test(text(o, 'availability') ?? '')) ?? offers[0] ?? null;
  const sellerItem = offer ? (sub(offer, 'seller')[0] ?? null) : null;
  const sellerName = offer ? text(offer, 'seller') : null;
  const img = text(p, 'image');
  return {
    source,
    title: text(p, 'name'),
    brand: text(p, 'brand') ?? text(p, 'manufacturer'),
    url: absUrl(text(p, 'url'), base),
    image: absUrl(img, base),
    price: offer ? offerPrice(offer, ctx) : p.props.has('price') ? offerPrice(p, ctx) : null,
    seller: sellerName
      ? { name: sellerName, id: null, url: sellerItem ? absUrl(text(sellerItem, 'url'), base) : null }
      : null,
    condition: conditionFrom(offer ? text(offer, 'itemCondition') : text(p, 'itemCondition')),
    sku: text(p, 'sku'),
    productId: text(p, 'productID'),
    gtin: text(p, 'gtin13') ?? text(p, 'gtin') ?? text(p, 'gtin12'),
    mpn: text(p, 'mpn'),
    available: offer ? !/outofstock|soldout|discontinued/i.test(text(offer, 'availability') ?? '') : null,
  };
}

function products(
  doc: ParentNode,
  base: URL,
  ctx: PriceContext,
  syn: Syntax,
  source: 'microdata' | 'rdfa',
): ListingDraft[] {
  const out: ListingDraft[] = [];
  for (const el of Array.from(doc.querySelectorAll(`[${syn.scope}]`))) {
    if (!/product|vehicle|book|offer/i.test(el.getAttribute(syn.type) ?? '')) continue;
    if (el.hasAttribute(syn.prop) && bare(el.getAttribute(syn.type) ?? '') !== 'product') continue; // an Offer inside a Product
    const item = readItem(el, syn);
    if (item.type === 'offer') {
      // A top-level Offer carrying the product fields (older eBay/Walmart markup).
      if (!item.props.has('name') && !sub(item, 'itemOffered').length) continue;
      const inner = sub(item, 'itemOffered')[0];
      const d = draftOf(inner ?? item, base, ctx, source);
      d.price ??= offerPrice(item, ctx);
      out.push(d);
      continue;
    }
    out.push(draftOf(item, base, ctx, source));
  }
  return out;
}

/** Product drafts from microdata, in document order (nested products after their parents). */
export function microdataProducts(doc: ParentNode, base: URL, ctx: PriceContext = {}): ListingDraft[] {
  return products(doc, base, ctx, MICRODATA, 'microdata');
}

/** Product drafts from RDFa-lite (`vocab="http://schema.org/" typeof="Product"`). */
export function rdfaProducts(doc: ParentNode, base: URL, ctx: PriceContext = {}): ListingDraft[] {
  return products(doc, base, ctx, RDFA, 'rdfa');
}
