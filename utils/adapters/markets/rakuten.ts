import type { Market } from './market';

// Rakuten Ichiba: every shop has its own folder on item.rakuten.co.jp; the item code follows it.
export const rakutenMarket: Market = {
  id: 'rakuten',
  name: 'Rakuten Ichiba',
  domains: ['rakuten.co.jp', 'rakuten.com'],
  scope: 'all',
  listing: (u) => {
    const m = /^item\.rakuten\.co\.jp$/.test(u.hostname) ? /^\/([\w-]+)\/([\w-]+)\/?$/.exec(u.pathname) : null;
    return m ? { url: `https://item.rakuten.co.jp/${m[1]}/${m[2]}/`, listingId: `${m[1]}:${m[2]}` } : null;
  },
  shop: (u) =>
    (/^www\.rakuten\.co\.jp$/.test(u.hostname) && /^\/[\w-]+\/?$/.test(u.pathname)) ||
    (/^item\.rakuten\.co\.jp$/.test(u.hostname) && /^\/[\w-]+\/?$/.test(u.pathname)),
  search: (u) => /^search\.rakuten\.co\.jp$/.test(u.hostname),
  examples: {
    listing: ['https://item.rakuten.co.jp/audioshop/qc45-black/?scid=af_pc_etc'],
    shop: ['https://www.rakuten.co.jp/audioshop/', 'https://item.rakuten.co.jp/audioshop/'],
    search: ['https://search.rakuten.co.jp/search/mall/%E3%82%A4%E3%83%A4%E3%83%9B%E3%83%B3/'],
  },
};
