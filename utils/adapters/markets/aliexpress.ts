import type { Market } from './market';

export const aliexpressMarket: Market = {
  id: 'aliexpress',
  name: 'AliExpress',
  domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  scope: 'all',
  listing: (u) => {
    const m = /^\/item\/(?:[^/]+\/)?(\d{6,20})\.html$/.exec(u.pathname);
    return m ? { url: `https://www.aliexpress.com/item/${m[1]}.html`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/store\//.test(u.pathname),
  search: (u) => /^\/(w|wholesale|af|category)\b/.test(u.pathname),
  examples: {
    listing: [
      'https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1&algo_pvid=abc&pdp_npi=4',
      'https://he.aliexpress.com/item/32993251330.html',
    ],
    shop: ['https://www.aliexpress.com/store/1101234567'],
    search: ['https://www.aliexpress.com/w/wholesale-headphones.html'],
  },
};
