// Tmall (detail.tmall.com, detail.tmall.hk, list.tmall.com). Brand stores: the seller is the
// flagship store ("苏宁易购官方旗舰店"), whose name `TShop.Setup({itemDO})` keeps percent-encoded
// and the header prints. `itemDO.reservePrice` is the struck list price, not the offer: the
// price is the visible one (promo box when it shows, else the range's lower bound).
// Classic pages are served as GBK, sometimes behind a UTF-8 meta tag: the scanner decodes.
import type { Adapter } from './types';
import { absUrl, optional, text, textOf } from './dom';
import { at, jsonAfter, s } from './alibaba-state';
import { isObj } from './json-value';
import { listExtraction, orGeneric, productExtraction } from './extraction';
import { mergeDrafts, type ListingDraft } from './listing-draft';
import { siteContext, type PriceContext } from './price-parse';
import { priceAt } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { decodeNick, gConfig, itemIdOf, itemUrl, mainImage, searchResults } from './taobao-family';
import { domainOf } from './markets/market';
import { tmallMarket } from './markets/tmall';

const TITLE = ['.tb-detail-hd h1', '[class*="ItemHeader--mainTitle"]', '[class*="mainTitle"]', 'h1[data-spm]'];
const PRICE = [
  '#J_PromoPrice .tm-price',
  '#J_StrPriceModBox .tm-price',
  '[class*="highlightPrice"]',
  '[class*="Price--priceText"]',
  '.tm-price',
];
const SHOP = ['.slogo-shopname', '[class*="ShopHeader--title"]', '[class*="shopName"]', '.shopLink'];
const SPEC_ROWS = [
  '#J_BrandAttr .name',
  '#J_AttrUL li',
  '.tm-tableAttr tr',
  '[class*="Attrs--attr"]',
  '[class*="infoItem"]',
];

function fromSetup(doc: Document, url: URL): ListingDraft | null {
  const item = at(jsonAfter(doc, /TShop\.Setup\(\s*/), 'itemDO');
  if (!isObj(item)) return null;
  const name = decodeNick(s(item.sellerNickName));
  return {
    source: 'state',
    title: s(item.title),
    brand: s(item.brand),
    listingId: s(item.itemId),
    seller: name || s(item.userId) ? { name, id: s(item.userId), url: absUrl(gConfig(doc, 'shopUrl'), url) } : null,
  };
}

function fromDom(doc: Document, url: URL, ctx: PriceContext): ListingDraft {
  const shop = optional(doc, SHOP);
  return {
    source: 'dom',
    title: text(doc, TITLE) ?? (doc.title.replace(/-tmall\.com.*$/i, '').trim() || null),
    price: priceAt(doc, PRICE, ctx),
    seller: shop
      ? {
          name: textOf(shop) || null,
          id: gConfig(doc, 'sellerId'),
          url: absUrl(shop.closest('a')?.getAttribute('href') ?? gConfig(doc, 'shopUrl'), url),
        }
      : null,
    brand: specValue(doc, SPEC_ROWS, BRAND_LABEL),
    image: mainImage(doc, url),
  };
}

export const tmallAdapter: Adapter = {
  id: 'tmall',
  name: 'Tmall',
  matches: (url) => domainOf(tmallMarket, url.hostname) !== null,
  examples: [
    'https://detail.tmall.com/item.htm?id=605258110430',
    'https://detail.tmall.hk/item.htm?id=600000000001',
    'https://list.tmall.com/search_product.htm?q=iphone',
  ],
  extract(doc, url, general) {
    const id = itemIdOf(url);
    const ctx = { ...siteContext(url), defaultCurrency: 'CNY' }; // Tmall HK prices in RMB too;
    if (!id) return orGeneric(listExtraction('tmall', searchResults(doc, url, ctx)), doc, url, general);
    const d = mergeDrafts(fromSetup(doc, url), fromDom(doc, url, ctx));
    return productExtraction('tmall', { ...d, listingId: id, url: itemUrl(id, url.hostname) });
  },
};
