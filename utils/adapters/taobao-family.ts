// What Taobao and Tmall share: item URLs (`item.htm?id=N` on item.taobao.com, detail.tmall.com,
// detail.tmall.hk), the `g_config` script object, and search results, which both render from
// `g_page_config = {"mods":{"itemlist":{"data":{"auctions":[...]}}}}` or plain cards.
import type { Listing } from '../types';
import { absUrl, attr, clean, meta } from './dom';
import { at, jsField, jsonAfter, s } from './alibaba-state';
import { isObj } from './json-value';
import { parsePrice, type PriceContext } from './price-parse';
import { readCards } from './result-cards';

const TAOBAO_HOST = /(^|\.)taobao\.com$/;
const TMALL_HOST = /(^|\.)tmall\.(com|hk)$/;
const ITEM_PATH = /^\/item\.htm$|^\/item\/(\d+)\.htm$/;

/** Item id from a product URL on either site; null for anything else. */
export function itemIdOf(u: URL): string | null {
  if (!TAOBAO_HOST.test(u.hostname) && !TMALL_HOST.test(u.hostname)) return null;
  const m = ITEM_PATH.exec(u.pathname);
  if (!m) return null;
  const id = m[1] ?? u.searchParams.get('id');
  return id && /^\d{6,}$/.test(id) ? id : null;
}

/** The canonical item URL (the one the pages' own <link rel=canonical> uses). */
export function itemUrl(id: string, host: string): string {
  return TMALL_HOST.test(host)
    ? `https://detail.${host.endsWith('.hk') ? 'tmall.hk' : 'tmall.com'}/item.htm?id=${id}`
    : `https://item.taobao.com/item.htm?id=${id}`;
}

/** A field of the page's `g_config = {...}` object (itemId, sellerId, shopName...). */
/** The main product image: the gallery's booth image on both sites' layouts, else og:image. */
export function mainImage(doc: Document, url: URL): string | null {
  return absUrl(
    attr(doc, ['#J_ImgBooth', '[class*="mainPic"] img', '[class*="PicGallery"] img'], 'src') ?? meta(doc, 'og:image'),
    url,
  );
}

export const gConfig = (doc: Document, key: string) => jsField(doc, key, /g_config\s*=\s*/);

/** Taobao's percent-encoded nick names ("%E8%8B%8F...") decoded; other text unchanged. */
export function decodeNick(v: string | null): string | null {
  if (!v) return null;
  try {
    return clean(/%[0-9A-F]{2}/i.test(v) ? decodeURIComponent(v) : v) || null;
  } catch {
    return v;
  }
}

/** Strip the <span class=H> highlight markup search titles carry. */
const plain = (v: string | null) => (v ? clean(v.replace(/<[^>]+>/g, '')) || null : null);

/** Search results: `g_page_config` auctions first, then result cards found by their item links. */
export function searchResults(doc: Document, url: URL, ctx: PriceContext): Listing[] {
  const auctions = at(jsonAfter(doc, /g_page_config\s*=\s*/), 'mods', 'itemlist', 'data', 'auctions');
  if (Array.isArray(auctions) && auctions.length) {
    return auctions.filter(isObj).flatMap((a): Listing[] => {
      const id = s(a.nid);
      const title = plain(s(a.raw_title) ?? s(a.title));
      if (!id || !title) return [];
      const tmall = at(a, 'shopcard', 'isTmall') === true || /tmall/.test(s(a.detail_url) ?? '');
      return [
        {
          title,
          price: parsePrice(s(a.view_price), ctx),
          seller: s(a.nick)
            ? {
                name: s(a.nick),
                id: s(a.user_id),
                url: absUrl(
                  s(a.shopLink) ??
                    (s(a.user_id) ? `//store.taobao.com/shop/view_shop.htm?user_number_id=${s(a.user_id)}` : null),
                  url,
                ),
              }
            : null,
          brand: null,
          listingId: id,
          url: itemUrl(id, tmall ? 'detail.tmall.com' : 'item.taobao.com'),
          image: absUrl(s(a.pic_url), url),
          condition: null,
          // Taobao marks paid placements (P4P/"掌柜热卖") in the auction record.
          sponsored: a.isP4p === true || a.p4p === true || s(a.p4p) === '1',
        },
      ];
    });
  }
  return readCards(doc, url, {
    idOf: itemIdOf,
    urlOf: (id, _b, link) => itemUrl(id, link.hostname),
    title: ['.productTitle', '.title', '[class*="title"]', '[class*="Title"]'],
    price: ['.productPrice em', '.price', '[class*="price"]', '[class*="Price"]'],
    seller: ['.productShop-name', '.shopname', '[class*="shopName"]', '[class*="ShopInfo"]'],
    sponsored: ['[class*="p4p"]', '[class*="ad-tag"]', '[data-p4p]'],
    ctx,
  });
}
