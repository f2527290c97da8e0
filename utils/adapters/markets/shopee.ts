import { type Market, origin } from './market';

const TLDS = ['sg', 'ph', 'vn', 'tw', 'co.id', 'co.th', 'com.my', 'com.br', 'com'];

// Shopee: "/<slug>-i.<shop id>.<item id>" or "/product/<shop id>/<item id>"; a shop is "/<username>" or "/shop/<id>".
export const shopeeMarket: Market = {
  id: 'shopee',
  name: 'Shopee',
  domains: TLDS.map((t) => `shopee.${t}`),
  scope: 'all',
  listing: (u) => {
    const m = /-i\.(\d+)\.(\d+)$/.exec(u.pathname) ?? /^\/product\/(\d+)\/(\d+)\/?$/.exec(u.pathname);
    return m ? { url: `${origin(u)}/product/${m[1]}/${m[2]}`, listingId: `${m[1]}.${m[2]}` } : null;
  },
  shop: (u) =>
    /^\/shop\/\d+\/?$/.test(u.pathname) ||
    (/^\/[\w.]{3,30}\/?$/.test(u.pathname) &&
      !/-i\.\d+\.\d+$/.test(u.pathname) &&
      !/^\/(search|mall|cart|user)\b/.test(u.pathname)),
  search: (u) => /^\/search\/?$/.test(u.pathname) || /-cat\.\d+/.test(u.pathname),
  examples: {
    listing: [
      'https://shopee.sg/Wireless-Earbuds-i.123456789.2345678901?sp_atk=abc',
      'https://shopee.co.id/product/12345/67890',
    ],
    shop: ['https://shopee.sg/audio.store', 'https://shopee.ph/shop/123456789'],
    search: ['https://shopee.sg/search?keyword=earbuds'],
  },
};
