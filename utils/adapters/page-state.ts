// Data that pages embed for their own scripts: Open Graph / product: meta tags, Shopify's
// product JSON, and framework state (__NEXT_DATA__, window.__INITIAL_STATE__ = {...}).
import { absUrl, clean, meta, parseJson } from './dom';
import { conditionFrom, type ListingDraft } from './listing-draft';
import { priceFrom, type PriceContext } from './price-parse';
import { isObj, type Obj } from './json-value';

/** Open Graph and `product:` meta tags; null unless they describe a product (og:type or a price). */
export function metaProduct(doc: ParentNode, base: URL, ctx: PriceContext = {}): ListingDraft | null {
  const m = (k: string) => meta(doc, k);
  const type = m('og:type') ?? '';
  const amount = m('product:price:amount') ?? m('og:price:amount') ?? m('product:sale_price:amount');
  const currency = m('product:price:currency') ?? m('og:price:currency') ?? m('product:sale_price:currency');
  if (!/product/i.test(type) && !amount) return null;
  return {
    source: 'meta',
    title: m('og:title'),
    url: absUrl(m('og:url'), base),
    image: absUrl(m('og:image:secure_url') ?? m('og:image'), base),
    price: priceFrom(amount, currency, ctx),
    brand: m('product:brand') ?? m('og:brand'),
    condition: conditionFrom(m('product:condition') ?? m('og:condition')),
    sku: m('product:retailer_item_id'),
    available: /out ?of ?stock|oos|sold/i.test(m('product:availability') ?? m('og:availability') ?? '') ? false : null,
  };
}

/**
 * The first balanced JSON object or array in `src` at or after `from` ("= {...};" assignments).
 * Strings are skipped so braces inside them do not count.
 */
export function balancedJson(src: string, from = 0): string | null {
  const start = src.slice(from).search(/[{[]/);
  if (start < 0) return null;
  const s = from + start;
  let depth = 0;
  let quote = '';
  for (let i = s; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return src.slice(s, i + 1);
    }
  }
  return null;
}

export interface EmbeddedState {
  /** Script id or the assigned variable ("__NEXT_DATA__", "__INITIAL_STATE__", "runParams"). */
  name: string;
  data: unknown;
}

// `window.X = {`, `var X = {`, `X: {` for the state variables frameworks and marketplaces use.
const ASSIGN =
  /(?:window\.|var |let |const |self\.)?([A-Za-z_$][\w$]*(?:\.[\w$]+)?)\s*=\s*(?:JSON\.parse\()?(?=[{["'])/g;
const STATE_NAME = /state|data|props|params|config|store|product|item|meta|model|context|apollo|nuxt|preload|init|pdp/i;

/** JSON state embedded in script tags: JSON script bodies, then `name = {...}` assignments. */
export function embeddedStates(doc: ParentNode, maxBytes = 4_000_000): EmbeddedState[] {
  const out: EmbeddedState[] = [];
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    const body = s.textContent ?? '';
    if (!body.trim() || body.length > maxBytes || /ld\+json/.test(type)) continue;
    if (type.includes('json')) {
      const data = parseJson(body.trim());
      if (data != null) out.push({ name: s.id || s.getAttribute('data-target') || 'json', data });
      continue;
    }
    if (type && !/javascript|module/.test(type)) continue;
    for (const m of body.matchAll(ASSIGN)) {
      if (!STATE_NAME.test(m[1])) continue;
      const at = (m.index ?? 0) + m[0].length;
      const rest = body.slice(at, at + 1);
      let data: unknown = null;
      if (rest === '"' || rest === "'") {
        // JSON.parse("...") of an escaped string.
        const q = /^(["'])((?:\\.|(?!\1)[^\\])*)\1/s.exec(body.slice(at));
        const lit = q ? (q[1] === '"' ? q[2] : q[2].replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')) : null;
        const inner = lit != null ? parseJson(`"${lit}"`) : null;
        data = typeof inner === 'string' ? parseJson(inner) : null;
      } else data = parseJson(balancedJson(body, at));
      if (data != null && typeof data === 'object') out.push({ name: m[1].replace(/^window\./, ''), data });
    }
  }
  return out;
}

/** Depth-first search for objects matching `pred`, skipping huge subtrees; at most `limit` hits. */
export function findObjects(root: unknown, pred: (o: Obj, key: string) => boolean, limit = 20): Obj[] {
  const out: Obj[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, key: string, depth: number): void => {
    if (out.length >= limit || depth > 25 || v == null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) walk(x, key, depth + 1);
      return;
    }
    const o = v as Obj;
    if (pred(o, key)) out.push(o);
    for (const [k, x] of Object.entries(o)) walk(x, k, depth + 1);
  };
  walk(root, '', 0);
  return out;
}

/** Shopify's product object (theme ProductJson script or ShopifyAnalytics meta); prices are in cents. */
export function shopifyProduct(doc: ParentNode, base: URL, ctx: PriceContext = {}): ListingDraft | null {
  const scripts = Array.from(doc.querySelectorAll('script'));
  const isShopify = scripts.some(
    (s) =>
      /Shopify\.|ShopifyAnalytics|cdn\.shopify\.com/.test(s.textContent ?? '') ||
      /cdn\.shopify\.com/.test(s.getAttribute('src') ?? ''),
  );
  if (!isShopify) return null;
  let product: Obj | null = null;
  for (const s of scripts) {
    const id = s.id ?? '';
    if (/^ProductJson/i.test(id) || s.hasAttribute('data-product-json'))
      product = (parseJson(s.textContent) as Obj) ?? product;
  }
  if (!product) {
    for (const st of embeddedStates(doc)) {
      if (st.name === 'meta' && isObj(st.data) && isObj(st.data.product)) product = st.data.product;
    }
  }
  if (!product) return null;
  const body = scripts.map((s) => s.textContent ?? '').join('\n');
  const cur =
    /Shopify\.currency\s*=\s*\{[^}]*"active"\s*:\s*"([A-Z]{3})"/.exec(body)?.[1] ??
    meta(doc, 'og:price:currency') ??
    meta(doc, 'product:price:currency');
  const variants = Array.isArray(product.variants) ? product.variants.filter(isObj) : [];
  const variant = variants.find((v) => v.available !== false) ?? variants[0];
  const cents = (v: unknown) =>
    typeof v === 'number' ? v / 100 : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) / 100 : v;
  const raw = variant?.price ?? product.price;
  const image = typeof product.featured_image === 'string' ? product.featured_image : null;
  return {
    source: 'shopify',
    title: typeof product.title === 'string' ? clean(product.title) : null,
    brand: typeof product.vendor === 'string' ? clean(product.vendor) || null : null,
    listingId: product.id != null ? String(product.id) : null,
    price: priceFrom(cents(raw), cur, ctx),
    image: absUrl(image, base),
    sku: typeof variant?.sku === 'string' ? variant.sku : null,
    available: typeof variant?.available === 'boolean' ? variant.available : null,
  };
}
