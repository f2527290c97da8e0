// Product facts from a shop's embedded page state (Redux / Next.js / Nuxt JSON), for shops
// whose structured data leaves out the brand or seller that their own scripts carry.
import { absUrl, clean } from './dom';
import type { ListingDraft } from './listing-draft';
import { embeddedStates, findObjects } from './page-state';
import { priceFrom, type PriceContext } from './price-parse';
import type { Obj } from './json-value';

const s = (v: unknown): string | null =>
  typeof v === 'string' ? clean(v) || null : typeof v === 'number' ? String(v) : null;
const nameOf = (v: unknown): string | null => s(v) ?? (v && typeof v === 'object' ? s((v as Obj).name) : null);

const looksLikeProduct = (o: Obj) =>
  !!(s(o.name) ?? s(o.title)) &&
  ('brandName' in o || 'brand' in o) &&
  ['sku', 'price', 'regularPrice', 'salePrice', 'id', 'productId'].some((k) => k in o);

/** Seller keys shops use in their state; the first one with a plain name wins. */
// Not "storeName": shops use it for the physical store a visitor picked, not for who sells.
const SELLER_KEYS = ['sellerName', 'soldBy', 'merchantName', 'shopName', 'vendorName'];

export function stateDraft(doc: Document, url: URL, ctx: PriceContext): ListingDraft | null {
  const states = embeddedStates(doc);
  if (!states.length) return null;
  const href = decodeURIComponent(url.href);
  const candidates = states.flatMap((st) => findObjects(st.data, (o) => looksLikeProduct(o), 40));
  const inUrl = (o: Obj) =>
    ['sku', 'id', 'productId', 'itemId'].some((k) => (s(o[k])?.length ?? 0) >= 4 && href.includes(s(o[k])!));
  const product = candidates.find(inUrl) ?? null;
  let seller: string | null = null;
  for (const st of states) {
    for (const o of findObjects(
      st.data,
      (o) => SELLER_KEYS.some((k) => typeof o[k] === 'string' && clean(o[k] as string)),
      1,
    )) {
      seller = SELLER_KEYS.map((k) => s(o[k])).find(Boolean) ?? null;
    }
    if (seller) break;
  }
  if (!product && !seller) return null;
  const p = product ?? {};
  return {
    source: 'state',
    title: s(p.name) ?? s(p.title),
    brand: s(p.brandName) ?? nameOf(p.brand),
    price: priceFrom(p.salePrice ?? p.price ?? p.regularPrice, p.currency ?? p.priceCurrency, ctx),
    image: absUrl(s(p.image) ?? s(p.imageUrl) ?? s(p.thumbnailImage), url),
    sku: s(p.sku),
    seller: seller ? { name: seller, id: null, url: null } : null,
  };
}
