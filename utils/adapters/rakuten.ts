// Rakuten Ichiba (item.rakuten.co.jp, search.rakuten.co.jp). Every listing belongs to one shop and
// its URL says which: item.rakuten.co.jp/<shop code>/<item code>/, so the listing id is
// "<shop>/<item>" and the seller id the shop code. Page titles read "【楽天市場】<item>：<shop>",
// the fallback for the shop name. Prices are yen ("3,980円", "¥3,980"), tax included.
// rakuten.com (US) is a cashback portal now; until 2020 it was a marketplace whose listings sat at
// /shop/<shop code>/product/<id>/, and only those pages are claimed here (the rest is generic).
import type { Adapter, GeneralRead } from './types';
import { absUrl, attr, clean, optional, text, textOf } from './dom';
import { awaitingGeneral, bareListing, listExtraction, orGeneric, productExtraction } from './extraction';
import { jsonLdProducts } from './json-ld';
import { mergeDrafts, type ListingDraft } from './listing-draft';
import { microdataProducts } from './microdata';
import { metaProduct } from './page-state';
import type { PriceContext } from './price-parse';
import { priceAt, readCards } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { checkedProduct } from './mandatory';

const HOST = /(^|\.)rakuten\.co\.jp$/;
const ITEM_HOST = /^item\.rakuten\.co\.jp$/;
const ITEM = /^\/([\w-]+)\/([\w-]+)\/?$/;
const US_HOST = /(^|\.)rakuten\.com$/;
const US_ITEM = /^\/shop\/([\w-]+)\/product\/([\w-]+)\/?$/;
const CTX: PriceContext = { defaultCurrency: 'JPY', locale: 'ja-JP' };

const itemOf = (u: URL) => (ITEM_HOST.test(u.hostname) ? ITEM.exec(u.pathname) : null);
const itemUrl = (shop: string, item: string) => `https://item.rakuten.co.jp/${shop}/${item}/`;

/** "【楽天市場】商品名：ショップ名" -> [title, shop]. */
function fromTitle(doc: Document): [string | null, string | null] {
  const t = clean(doc.title).replace(/^【楽天市場】/, '');
  const i = t.lastIndexOf('：');
  return i > 0 ? [t.slice(0, i).trim() || null, t.slice(i + 1).trim() || null] : [t || null, null];
}

function fromDom(doc: Document, shop: string, url: URL): ListingDraft {
  const [title, shopName] = fromTitle(doc);
  const shopLink = optional(doc, [`a.shop-name`, `[class*="shop-name"] a`, `a[href$="rakuten.co.jp/${shop}/"]`]);
  return {
    source: 'dom',
    title: text(doc, ['.item_name', 'h1[class*="item-name"]', '[class*="item-name"] h1', 'h1']) ?? title,
    price: priceAt(
      doc,
      ['#priceCalculationConfig', '.price2', '[class*="price--"]', '.important', '[class*="price"]'],
      CTX,
    ),
    seller: { name: (shopLink && textOf(shopLink)) || shopName, id: shop, url: `https://www.rakuten.co.jp/${shop}/` },
    brand: specValue(doc, ['.item-spec tr', '[class*="spec"] tr', 'table tr'], BRAND_LABEL),
    image: absUrl(
      attr(
        doc,
        [
          '.image-main img',
          '[class*="image-main"] img',
          '.rakutenLimitedId_ImageMain1-3 img',
          'a.rakutenLimitedId_ImageMain1-3 img',
        ],
        'src',
      ),
      url,
    ),
  };
}

/** A rakuten.com (US, until 2020) listing: structured data, with listing and shop ids from the URL. */
function usListing(doc: Document, url: URL, shop: string, item: string, general: GeneralRead | null) {
  if (!general) return awaitingGeneral('rakuten');
  const out = general(doc, url, 'rakuten');
  const l = out.listings[0] ?? bareListing(doc, url, item, ['[class*="price"]']);
  const seller = {
    name: l.seller?.name ?? text(doc, ['.seller-name', '[class*="seller-name"]', '[class*="shop-name"]']) ?? shop,
    id: shop,
    url: `https://www.rakuten.com/shop/${shop}/`,
  };
  const listing = { ...l, seller, listingId: item, url: `https://www.rakuten.com/shop/${shop}/product/${item}/` };
  return checkedProduct('rakuten', listing);
}

export const rakutenAdapter: Adapter = {
  id: 'rakuten',
  name: 'Rakuten Ichiba',
  matches: (url) => HOST.test(url.hostname) || (US_HOST.test(url.hostname) && url.pathname.startsWith('/shop/')),
  examples: [
    'https://item.rakuten.co.jp/kbdshop/10000123/',
    'https://search.rakuten.co.jp/search/mall/%E8%85%95%E6%99%82%E8%A8%88/',
    'https://www.rakuten.com/shop/demo-audio/product/18851630/',
  ],
  extract(doc, url, general) {
    const us = US_HOST.test(url.hostname) ? US_ITEM.exec(url.pathname) : null;
    if (us) return usListing(doc, url, us[1], us[2], general);
    const m = itemOf(url);
    if (!m) {
      const listings = readCards(doc, url, {
        idOf: (u) => {
          const x = itemOf(u);
          return x ? `${x[1]}/${x[2]}` : null;
        },
        urlOf: (id) => `https://item.rakuten.co.jp/${id}/`,
        title: ['h2', '[class*="title"]'],
        price: ['.important', '[class*="price--"]', '[class*="price"]'],
        seller: ['.merchant a', '[class*="merchant"] a', '[class*="shop"] a'],
        sponsored: ['[class*="advertisement"]', '[class*="ad-tag"]', '[class*="_ad"]'],
        ctx: CTX,
      });
      return orGeneric(listExtraction('rakuten', listings), doc, url, general);
    }
    const [, shop, item] = m;
    const ld = jsonLdProducts(doc, url, CTX)[0];
    const micro = microdataProducts(doc, url, CTX)[0];
    const dom = fromDom(doc, shop, url);
    const d = mergeDrafts(ld, micro, dom, metaProduct(doc, url, CTX));
    // The shop from the URL is authoritative; structured data names at most the same shop.
    const seller = { ...dom.seller!, name: d.seller?.name && !dom.seller?.name ? d.seller.name : dom.seller!.name };
    return productExtraction('rakuten', { ...d, seller, listingId: `${shop}/${item}`, url: itemUrl(shop, item) });
  },
};
