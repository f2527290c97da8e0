import type { Market } from './market';

export const dhgateMarket: Market = {
  id: 'dhgate',
  name: 'DHgate',
  domains: ['dhgate.com'],
  scope: 'all',
  listing: (u) => {
    const m = /^\/product\/[^/]+\/(\d{6,15})\.html$/.exec(u.pathname);
    return m ? { url: `https://www.dhgate.com${u.pathname}`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/store\//.test(u.pathname),
  search: (u) => /^\/(wholesale|w)\//.test(u.pathname) || u.pathname === '/search.do',
  examples: {
    listing: ['https://www.dhgate.com/product/qc45-headphones/912345678.html?f=bm|GFAR|'],
    shop: ['https://www.dhgate.com/store/21234567'],
    search: ['https://www.dhgate.com/wholesale/search.do?searchkey=headphones'],
  },
};
