// schema.org Product data from JSON-LD blocks: single nodes, arrays, @graph, ItemLists and
// WebPage.mainEntity, with Offer / AggregateOffer / priceSpecification prices.
import type { Price, Seller } from '../types';
import { absUrl, clean } from './dom';
import { conditionFrom, type ListingDraft } from './listing-draft';
import { priceFrom, type PriceContext } from './price-parse';
import { isObj, type Obj } from './json-value';

const arr = (v: unknown): unknown[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | null =>
  typeof v === 'string' || typeof v === 'number' ? clean(String(v)) || null : null;

/** Every JSON-LD block on the page, parsed; blocks that are not JSON are skipped. */
function jsonLdBlocks(doc: ParentNode): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = s.textContent ?? '';
    for (const attempt of [raw, raw.replace(/[\u0000-\u001f]+/g, ' ')]) {
      try {
        out.push(JSON.parse(attempt));
        break;
      } catch {
        /* try the sanitised text, then give up on this block */
      }
    }
  }
  return out;
}

const types = (n: Obj): string[] =>
  arr(n['@type']).map((t) =>
    String(t)
      .replace(/^.*[/#:]/, '')
      .toLowerCase(),
  );
const PRODUCT_TYPES = new Set([
  'product',
  'productgroup',
  'individualproduct',
  'productmodel',
  'vehicle',
  'car',
  'book',
  'offer',
]);
/** Keys that lead to other products, not to this page's listing. */
const RELATED = new Set([
  'isRelatedTo',
  'isSimilarTo',
  'isAccessoryOrSparePartFor',
  'isConsumableFor',
  'review',
  'reviews',
  'hasVariant',
]);

/** Product nodes in document order; ItemList members keep their list order. */
function jsonLdProductNodes(blocks: unknown[]): Obj[] {
  const found: Obj[] = [];
  const walk = (v: unknown, depth: number, inProduct: boolean): void => {
    if (depth > 12) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1, inProduct);
      return;
    }
    if (!isObj(v)) return;
    const t = types(v);
    const isProduct = t.some((x) => PRODUCT_TYPES.has(x) && x !== 'offer');
    // A bare Offer at top level (itemOffered inside) describes a listing too.
    if (isProduct || (t.includes('offer') && !inProduct && isObj(v.itemOffered)))
      found.push(isProduct ? v : { ...(v.itemOffered as Obj), offers: v });
    for (const [k, x] of Object.entries(v)) {
      if (RELATED.has(k) || k === 'offers' || k === 'itemOffered') continue;
      walk(x, depth + 1, inProduct || isProduct);
    }
  };
  walk(blocks, 0, false);
  return found;
}

function imageOf(v: unknown, base: URL): string | null {
  for (const x of arr(v)) {
    const u = typeof x === 'string' ? x : isObj(x) ? (str(x.url) ?? str(x.contentUrl)) : null;
    const abs = absUrl(u, base);
    if (abs) return abs;
  }
  return null;
}

function nameOf(v: unknown): string | null {
  for (const x of arr(v)) {
    const n = typeof x === 'string' ? clean(x) : isObj(x) ? str(x.name) : null;
    if (n) return n;
  }
  return null;
}

/** Price of one Offer: its price, or the priceSpecification that is not a list/strike price. */
function offerPrice(o: Obj, ctx: PriceContext): Price | null {
  const cur = o.priceCurrency;
  if (o.lowPrice != null || o.highPrice != null) {
    const low = priceFrom(o.lowPrice ?? o.price, cur, ctx);
    const high = priceFrom(o.highPrice, cur, ctx);
    if (low) return high && high.amount !== low.amount ? { ...low, range: true } : low;
  }
  const direct = priceFrom(o.price, cur, ctx);
  if (direct) return direct;
  for (const spec of arr(o.priceSpecification)) {
    if (!isObj(spec) || spec.referenceQuantity != null) continue; // unit prices
    if (/list|strike|msrp|srp/i.test(String(spec.priceType ?? ''))) continue;
    const p = priceFrom(spec.price ?? spec.minPrice, spec.priceCurrency ?? cur, ctx);
    if (p) return p;
  }
  return null;
}

function sellerOf(v: unknown, base: URL): Seller | null {
  const s = arr(v)[0];
  if (typeof s === 'string') return clean(s) ? { name: clean(s), id: null, url: null } : null;
  if (!isObj(s)) return null;
  const name = str(s.name) ?? str(s.legalName);
  const url = absUrl(str(s.url), base);
  return name || url ? { name, id: str(s.identifier) ?? null, url } : null;
}

/** The offers to consider: AggregateOffer members flattened, in-stock ones first. */
function offersOf(p: Obj): Obj[] {
  const list = arr(p.offers).filter(isObj);
  const flat = list.flatMap((o) =>
    types(o).includes('aggregateoffer') && !o.lowPrice && !o.price ? arr(o.offers).filter(isObj) : [o],
  );
  const inStock = (o: Obj) => !/outofstock|soldout|discontinued/i.test(String(o.availability ?? ''));
  return [...flat.filter(inStock), ...flat.filter((o) => !inStock(o))];
}

function jsonLdDraft(p: Obj, base: URL, ctx: PriceContext): ListingDraft {
  const offers = offersOf(p);
  const offer = offers[0];
  const prices = offers.map((o) => offerPrice(o, ctx)).filter((x): x is Price => !!x);
  return {
    source: 'json-ld',
    title: str(p.name),
    brand: nameOf(p.brand) ?? nameOf(p.manufacturer),
    url: absUrl(str(p.url) ?? (offer ? str(offer.url) : null), base),
    image: imageOf(p.image, base),
    price: prices[0] ?? null,
    seller: offer ? sellerOf(offer.seller ?? offer.offeredBy, base) : null,
    condition: conditionFrom(offer?.itemCondition ?? p.itemCondition),
    sku: str(p.sku) ?? (offer ? str(offer.sku) : null),
    productId: str(p.productID),
    gtin: str(p.gtin13) ?? str(p.gtin) ?? str(p.gtin12) ?? str(p.gtin14) ?? str(p.gtin8),
    mpn: str(p.mpn),
    available: offer ? !/outofstock|soldout|discontinued/i.test(String(offer.availability ?? '')) : null,
  };
}

/** Product drafts from every JSON-LD block, in page order. */
export function jsonLdProducts(doc: ParentNode, base: URL, ctx: PriceContext = {}): ListingDraft[] {
  return jsonLdProductNodes(jsonLdBlocks(doc)).map((p) => jsonLdDraft(p, base, ctx));
}
