// Shopee (shopee.sg, .com.my, .co.id, .ph, .vn, .co.th, .tw, .com.br).
// Every listing URL names its shop and item: "/<slug>-i.<shopid>.<itemid>" or
// "/product/<shopid>/<itemid>". Product pages carry schema.org JSON-LD (read by the generic
// reader); the shop id from the URL is the seller id, and the currency follows the country host.
import type { Adapter } from './types';
import { awaitingGeneral, bareListing, listExtraction, orGeneric } from './extraction';
import { siteContext } from './price-parse';
import { readCards } from './result-cards';
import { domainOf } from './markets/market';
import { shopeeMarket } from './markets/shopee';
import { checkedProduct } from './mandatory';

const HOST = /(^|\.)shopee\.(sg|ph|vn|tw|co\.id|co\.th|com\.my|com\.br|com)$/;
const SLUG = /-i\.(\d+)\.(\d+)(?:$|[/?])/;
const PRODUCT = /^\/product\/(\d+)\/(\d+)/;

/** [shopId, itemId] of a listing URL, or null. */
export function shopeeIds(u: URL): [string, string] | null {
  if (!HOST.test(u.hostname)) return null;
  const m = SLUG.exec(decodeURIComponent(u.pathname)) ?? PRODUCT.exec(u.pathname);
  return m ? [m[1], m[2]] : null;
}

const itemUrl = (host: string, shop: string, item: string) => `https://${host}/product/${shop}/${item}`;

export const shopeeAdapter: Adapter = {
  id: 'shopee',
  name: 'Shopee',
  matches: (url) => domainOf(shopeeMarket, url.hostname) !== null,
  examples: [
    'https://shopee.sg/Wireless-Earbuds-Bluetooth-5.3-i.123456789.2345678901',
    'https://shopee.com.br/product/123456789/2345678901',
    'https://shopee.co.id/search?keyword=sepatu',
  ],
  extract(doc, url, general) {
    const ids = shopeeIds(url);
    if (!ids) {
      const listings = readCards(doc, url, {
        idOf: (u) => shopeeIds(u)?.[1] ?? null,
        urlOf: (_id, base, link) => {
          const [shop, item] = shopeeIds(link)!;
          return itemUrl(base.hostname, shop, item);
        },
        title: ['[data-sqe="name"]', '[class*="line-clamp"]', '[class*="title"]'],
        price: ['[class*="price"]'],
        sponsored: ['[data-sqe="ad"]', '[class*="ad-tag"]'],
        ctx: siteContext(url),
      });
      return orGeneric(listExtraction('shopee', listings), doc, url, general);
    }
    const [shop, item] = ids;
    if (!general) return awaitingGeneral('shopee');
    const out = general(doc, url, 'shopee');
    const l = out.listings[0] ?? bareListing(doc, url, item, ['[class*="product-price"]', '[class*="price"]']);
    const seller = {
      name: l.seller?.name ?? null,
      id: shop,
      url: l.seller?.url ?? `https://${url.hostname}/shop/${shop}`,
    };
    const listing = { ...l, listingId: item, seller, url: itemUrl(url.hostname, shop, item) };
    return checkedProduct('shopee', listing);
  },
};
