// Taobao (item.taobao.com, s.taobao.com, world.taobao.com). The seller a buyer sees is the shop
// (店铺名, e.g. "怡科外设KBDfans"), with the owner's nick (掌柜) as a second name; both sit in
// `g_config`, the shop name as \u escapes. Prices are CNY; a SKU range ("¥149.00 - 159.00")
// gives its lower bound, flagged as a range. Pages may be served as GBK: the scanner decodes.
import type { Adapter } from './types';
import { absUrl, optional, text, textOf } from './dom';
import { listExtraction, orGeneric, productExtraction } from './extraction';
import { mergeDrafts, type ListingDraft } from './listing-draft';
import { siteContext } from './price-parse';
import { priceAt } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { gConfig, itemIdOf, itemUrl, mainImage, searchResults } from './taobao-family';
import { jsField } from './alibaba-state';
import { domainOf } from './markets/market';
import { taobaoMarket } from './markets/taobao';

const TITLE = [
  'h3.tb-main-title',
  '.tb-main-title',
  '[class*="ItemHeader--mainTitle"]',
  '[class*="mainTitle"]',
  '.tb-detail-hd h1',
  'h1',
];
// The promo price shows only when a promotion runs (its box is hidden otherwise and priceAt skips
// it). The 2022+ layout shows the price after coupons in a highlighted box beside the original.
const PRICE = [
  '#J_PromoPriceNum',
  '#J_StrPrice .tb-rmb-num',
  '[class*="highlightPrice"]',
  '[class*="Price--priceText"]',
  '.tb-rmb-num',
  '#J_StrPrice',
];
const SHOP = [
  '.tb-shop-name a',
  '.shop-name-link',
  '[class*="ShopHeader--title"]',
  '[class*="shopName"]',
  '.tb-seller-name',
];
const SPEC_ROWS = ['.attributes-list li', '[class*="Attrs--attr"]', '[class*="infoItem"]', '#J_AttrUL li'];

function fromConfig(doc: Document, url: URL): ListingDraft {
  const shopUrl = jsField(doc, 'url', /\bshop\s*:\s*/);
  const sellerId = gConfig(doc, 'sellerId');
  const name = gConfig(doc, 'shopName') ?? gConfig(doc, 'sellerNick');
  return {
    source: 'state',
    listingId: gConfig(doc, 'itemId'),
    seller: name || sellerId ? { name, id: sellerId, url: absUrl(shopUrl, url) } : null,
  };
}

function fromDom(doc: Document, url: URL): ListingDraft {
  const ctx = siteContext(url);
  const shop = optional(doc, SHOP);
  const titleEl = optional(doc, ['h3.tb-main-title[data-title]']);
  return {
    source: 'dom',
    title:
      titleEl?.getAttribute('data-title') || text(doc, TITLE) || doc.title.replace(/-淘宝网.*$/, '').trim() || null,
    price: priceAt(doc, PRICE, { ...ctx, defaultCurrency: 'CNY' }),
    seller: shop
      ? {
          name: shop.getAttribute('title') || textOf(shop) || null,
          id: null,
          url: absUrl(shop.closest('a')?.getAttribute('href'), url),
        }
      : null,
    brand: specValue(doc, SPEC_ROWS, BRAND_LABEL),
    image: mainImage(doc, url),
  };
}

export const taobaoAdapter: Adapter = {
  id: 'taobao',
  name: 'Taobao',
  matches: (url) => domainOf(taobaoMarket, url.hostname) !== null,
  examples: [
    'https://item.taobao.com/item.htm?id=562283240178',
    'https://world.taobao.com/item/562283240178.htm',
    'https://s.taobao.com/search?q=%E9%94%AE%E7%9B%98',
  ],
  extract(doc, url, general) {
    const id = itemIdOf(url);
    const ctx = { ...siteContext(url), defaultCurrency: 'CNY' };
    if (!id) return orGeneric(listExtraction('taobao', searchResults(doc, url, ctx)), doc, url, general);
    const cfg = fromConfig(doc, url);
    const dom = fromDom(doc, url);
    const d = mergeDrafts(cfg, dom);
    // A shop link in the DOM is the same shop as g_config's; keep its URL when the config lacks one.
    const seller = d.seller && !d.seller.url && dom.seller?.url ? { ...d.seller, url: dom.seller.url } : d.seller;
    return productExtraction('taobao', { ...d, seller, listingId: id, url: itemUrl(id, url.hostname) });
  },
};
