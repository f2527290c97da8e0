// Temu (www.temu.com and its locale paths /uk/, /de/...). Product pages carry schema.org JSON-LD
// and Open Graph, which the generic reader handles; what a generic reader cannot know is the
// listing id, the goods id in "/<slug>-g-<id>.html" or "goods.html?goods_id=<id>", and that the
// seller is the Temu store ("mall") named in the offer or in the page's `rawData` state.
import type { Adapter } from './types';
import { canonicalUrl } from './dom';
import { at, s } from './alibaba-state';
import { isObj } from './json-value';
import { awaitingGeneral, bareListing, listExtraction, orGeneric } from './extraction';
import { embeddedStates, findObjects } from './page-state';
import { siteContext } from './price-parse';
import { readCards } from './result-cards';
import { domainOf } from './markets/market';
import { temuMarket } from './markets/temu';
import { checkedProduct } from './mandatory';

const HOST = /(^|\.)temu\.com$/;
const SLUG_ID = /-g-(\d{6,})\.html$/;

export function goodsIdOf(u: URL): string | null {
  if (!HOST.test(u.hostname)) return null;
  return SLUG_ID.exec(u.pathname)?.[1] ?? (/\/goods\.html$/.test(u.pathname) ? u.searchParams.get('goods_id') : null);
}

/** The store ("mall") selling the goods, from embedded state: {mallName, mallId}. */
function mallOf(doc: Document): { name: string | null; id: string | null } | null {
  for (const st of embeddedStates(doc)) {
    const mall = findObjects(st.data, (o) => typeof o.mallName === 'string', 1)[0];
    if (isObj(mall)) return { name: s(mall.mallName), id: s(mall.mallId) ?? s(at(mall, 'mallInfo', 'mallId')) };
  }
  return null;
}

export const temuAdapter: Adapter = {
  id: 'temu',
  name: 'Temu',
  matches: (url) => domainOf(temuMarket, url.hostname) !== null,
  examples: [
    'https://www.temu.com/goods.html?goods_id=601099500000001',
    'https://www.temu.com/uk/mens-winter-parka-g-601099512345678.html',
    'https://www.temu.com/search_result.html?search_key=parka',
  ],
  extract(doc, url, general) {
    const id = goodsIdOf(url);
    if (!id) {
      const listings = readCards(doc, url, {
        idOf: goodsIdOf,
        urlOf: (gid, base) => `https://${base.hostname}/goods.html?goods_id=${gid}`,
        title: ['h2', 'h3', '[class*="title"]'],
        price: ['[data-type="price"]', '[class*="price"]'],
        sponsored: ['[class*="ad-tag"]', '[data-ad]'],
        ctx: siteContext(url),
      });
      return orGeneric(listExtraction('temu', listings), doc, url, general);
    }
    if (!general) return awaitingGeneral('temu');
    const out = general(doc, url, 'temu');
    const l = out.listings[0] ?? bareListing(doc, url, id, ['[data-type="price"]', '[class*="price"]']);
    const mall = mallOf(doc);
    const seller =
      l.seller ??
      (mall?.name
        ? { name: mall.name, id: mall.id, url: mall.id ? `https://${url.hostname}/mall.html?mall_id=${mall.id}` : null }
        : null);
    const listing = {
      ...l,
      listingId: id,
      seller,
      url: canonicalUrl(
        `https://${url.hostname}${url.pathname}${SLUG_ID.test(url.pathname) ? '' : `?goods_id=${id}`}`,
        url,
      ),
    };
    return checkedProduct('temu', listing);
  },
};
