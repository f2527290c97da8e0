// AliExpress, every locale host (www, he., de., aliexpress.us, aliexpress.ru). Product pages
// carry `window.runParams = { data: {...modules} }` (titleModule, priceModule, storeModule,
// specsModule); the DOM and microdata are the fallback. Microdata's brand is "AliExpress.com",
// never the product's: the brand comes from the item specifics (attribute id 2 in every locale).
import type { Listing, Price } from '../types';
import type { Adapter } from './types';
import { absUrl, attr, canonicalUrl, meta, optional, text, textOf } from './dom';
import { at, attrValue, jsonAfter, s } from './alibaba-state';
import { isObj } from './json-value';
import { listExtraction, orGeneric, productExtraction } from './extraction';
import { conditionFrom, mergeDrafts, type ListingDraft } from './listing-draft';
import { jsonLdProducts } from './json-ld';
import { microdataProducts } from './microdata';
import { parsePrice, priceFrom, siteContext, type PriceContext } from './price-parse';
import { priceAt, readCards } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { domainOf } from './markets/market';
import { aliexpressMarket } from './markets/aliexpress';

const HOST = /(^|\.)aliexpress\.(com|us|ru)$/;
const ITEM = /\/item\/(?:[^/]+\/)?(\d{6,})\.html/;
const itemUrl = (id: string, base: URL) => `https://${base.hostname}/item/${id}.html`;

function moneyOf(v: unknown, ctx: PriceContext): Price | null {
  if (!isObj(v)) return null;
  return (
    priceFrom(v.value ?? v.minPrice ?? v.amount, v.currency ?? v.currencyCode, ctx) ??
    parsePrice(s(v.formatedAmount) ?? s(v.formattedPrice), ctx)
  );
}

/** Sale price first (what the buyer pays today), then the regular one; lower bound of a range. */
function statePrice(pm: unknown, ctx: PriceContext): Price | null {
  for (const [lo, hi] of [
    ['minActivityAmount', 'maxActivityAmount'],
    ['minAmount', 'maxAmount'],
  ]) {
    const low = moneyOf(at(pm, lo), ctx);
    if (!low) continue;
    const high = moneyOf(at(pm, hi), ctx);
    return high && high.amount > low.amount ? { ...low, range: true } : low;
  }
  return parsePrice(s(at(pm, 'formatedActivityPrice')) ?? s(at(pm, 'formatedPrice')), ctx);
}

function fromState(data: unknown, base: URL, ctx: PriceContext): ListingDraft | null {
  if (!isObj(data) || !isObj(data.titleModule ?? data.priceModule)) return null;
  const store = data.storeModule;
  const props = at(data, 'specsModule', 'props');
  const storeId = s(at(store, 'storeNum')) ?? s(at(store, 'storeId'));
  return {
    source: 'state',
    title: s(at(data, 'titleModule', 'subject')),
    price: statePrice(data.priceModule, ctx),
    seller: s(at(store, 'storeName'))
      ? { name: s(at(store, 'storeName')), id: storeId, url: absUrl(s(at(store, 'storeURL')), base) }
      : null,
    brand: attrValue(props, BRAND_LABEL, [2]),
    listingId: s(at(data, 'commonModule', 'productId')) ?? s(at(data, 'pageModule', 'productId')),
    image: absUrl(s(at(data, 'imageModule', 'imagePathList', 0)) ?? s(at(data, 'pageModule', 'imagePath')), base),
    // Item condition (attribute 200000649) is only mapped when its value is a word we know.
    condition: conditionFrom(attrValue(props, /^(item )?condition$/i, [200000649])),
  };
}

function fromDom(doc: Document, base: URL, ctx: PriceContext): ListingDraft {
  // 2020+ class names first, then the 2018-19 page (#j-sku-*, .shop-name, .product-property-list).
  const price = priceAt(
    doc,
    [
      '.product-price-current .product-price-value',
      '[class*="price--current"]',
      '.product-price-current',
      '.uniform-banner-box-price',
      '#j-sku-discount-price',
      '#j-sku-price',
      '.p-price',
    ],
    ctx,
  );
  const store = optional(doc, [
    'a[class*="store-header--storeName"]',
    '[class*="store-detail--storeName"] a',
    '[class*="storeName"] a',
    'a[class*="storeName"]',
    '.shop-name a',
    'a.store-lnk',
    'a.store-name',
    '[data-pl="store-name"]',
  ]);
  const storeHref = store?.getAttribute('href') ?? null;
  return {
    source: 'dom',
    title: text(doc, [
      'h1[data-pl="product-title"]',
      'h1.product-title-text',
      '.product-title h1',
      '.product-title-text',
      'h1.product-name',
      'h1',
    ]),
    price,
    seller: store
      ? {
          name: textOf(store) || null,
          id: /\/store\/(\d+)/.exec(storeHref ?? '')?.[1] ?? null,
          url: canonicalUrl(storeHref, base),
        }
      : null,
    brand: specValue(
      doc,
      [
        '[class*="specification--prop"]',
        '.product-prop',
        '.product-specs-list li',
        '.specification li',
        '.product-property-list li',
      ],
      BRAND_LABEL,
    ),
    image: absUrl(
      attr(doc, ['.magnifier-image', '[class*="magnifier--image"]', '.image-view-magnifier-wrap img'], 'src'),
      base,
    ),
  };
}

/** og:title reads "€97.39 40% OFF|<title>|<category>| - AliExpress": keep the title part. */
const ogTitle = (doc: Document) =>
  (meta(doc, 'og:title') ?? '')
    .split('|')
    .map((x) => x.trim())
    .find((x) => x.length > 15 && !/OFF$/i.test(x)) ?? null;

function product(doc: Document, url: URL, id: string | null) {
  const ctx = siteContext(url);
  const state = jsonAfter(doc, /runParams\s*=\s*\{\s*data\s*:\s*/);
  const cur = s(at(state, 'commonModule', 'currencyCode')) ?? s(at(state, 'webEnv', 'currency'));
  const pctx = cur ? { ...ctx, defaultCurrency: cur } : ctx;
  // Structured data describes the marketplace as the brand ("AliExpress.com"): its brand is dropped.
  const micro = microdataProducts(doc, url, pctx)[0];
  const ld = jsonLdProducts(doc, url, pctx)[0];
  const d = mergeDrafts(
    fromState(state, url, pctx),
    fromDom(doc, url, pctx),
    ld && { ...ld, brand: null },
    micro && { ...micro, brand: null },
    {
      source: 'meta',
      title: ogTitle(doc),
      image: absUrl(meta(doc, 'og:image'), url),
    },
  );
  const listingId = id ?? d.listingId ?? null;
  return productExtraction('aliexpress', { ...d, listingId, url: listingId ? itemUrl(listingId, url) : null });
}

/** Search items from page state: 2023+ `_init_data_` (mods.itemList.content) or 2019 `runParams.items`. */
function stateResults(doc: Document, url: URL, ctx: PriceContext): Listing[] {
  const init = jsonAfter(doc, /_init_data_\s*=\s*\{\s*data\s*:\s*/) ?? jsonAfter(doc, /runParams\s*=\s*/);
  const items =
    at(init, 'data', 'root', 'fields', 'mods', 'itemList', 'content') ??
    at(init, 'mods', 'itemList', 'content') ??
    at(init, 'items');
  if (!Array.isArray(items)) return [];
  return items.filter(isObj).flatMap((it): Listing[] => {
    const id = s(it.productId);
    const title = s(at(it, 'title', 'displayTitle')) ?? s(it.title);
    if (!id || !title) return [];
    const sale = at(it, 'prices', 'salePrice');
    const price = moneyOf(sale, ctx) ?? parsePrice(s(it.price), ctx);
    const storeName = s(at(it, 'store', 'storeName'));
    const storeId = s(at(it, 'store', 'storeId'));
    const storeUrl = s(at(it, 'store', 'storeUrl')) ?? (storeId ? `/store/${storeId}` : null);
    return [
      {
        title,
        price,
        seller: storeName ? { name: storeName, id: storeId, url: absUrl(storeUrl, url) } : null,
        brand: null,
        listingId: id,
        url: itemUrl(id, url),
        image: absUrl(s(at(it, 'image', 'imgUrl')) ?? s(it.imageUrl), url),
        condition: null,
        // The state flags ads on the item itself; an item without the flag is organic.
        sponsored: it.isAd === true || it.p4p === true || Boolean(at(it, 'trace', 'p4pExposure')),
      },
    ];
  });
}

export const aliexpressAdapter: Adapter = {
  id: 'aliexpress',
  name: 'AliExpress',
  matches: (url) => domainOf(aliexpressMarket, url.hostname) !== null,
  examples: [
    'https://www.aliexpress.com/item/1005004567890123.html',
    'https://he.aliexpress.com/item/32993251330.html',
    'https://www.aliexpress.us/w/wholesale-headphones.html',
    'https://aliexpress.ru/wholesale?SearchText=watch',
  ],
  extract(doc, url, general) {
    const id = ITEM.exec(url.pathname)?.[1] ?? null;
    if (id) return product(doc, url, id);
    const ctx = siteContext(url);
    const fromState = stateResults(doc, url, ctx);
    const listings = fromState.length
      ? fromState
      : readCards(doc, url, {
          idOf: (u) => (HOST.test(u.hostname) ? (ITEM.exec(u.pathname)?.[1] ?? null) : null),
          urlOf: itemUrl,
          title: ['h3', 'h1', '[class*="title"]'],
          price: ['[class*="price-sale"]', '[class*="price--sale"]', '[class*="price"]'],
          seller: ['a[href*="/store/"]', '[class*="store"]'],
          sponsored: ['[class*="ad-tag"]', '[data-ad]'],
          ctx,
        });
    return orGeneric(listExtraction('aliexpress', listings), doc, url, general);
  },
};
