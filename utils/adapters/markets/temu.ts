import { type Market, origin } from './market';

// Temu: goods pages end "-g-<goods id>.html", a seller's mall "-m-<mall id>.html".
export const temuMarket: Market = {
  id: 'temu',
  name: 'Temu',
  domains: ['temu.com'],
  scope: 'all',
  listing: (u) => {
    const id =
      /-g-(\d{6,20})\.html$/.exec(u.pathname)?.[1] ??
      (/^\/goods\.html$/.test(u.pathname) ? u.searchParams.get('goods_id') : null);
    return id && /^\d{6,20}$/.test(id) ? { url: `${origin(u)}/goods.html?goods_id=${id}`, listingId: id } : null;
  },
  shop: (u) => /-m-\d{6,20}\.html$/.test(u.pathname) || /^\/mall\.html$/.test(u.pathname),
  search: (u) => /^\/search_result\.html$/.test(u.pathname) || /-o3-\d+\.html$/.test(u.pathname),
  examples: {
    listing: ['https://www.temu.com/wireless-earbuds-g-601099512345678.html?_x_sessn_id=abc'],
    shop: ['https://www.temu.com/audio-store-m-634418212345678.html'],
    search: ['https://www.temu.com/search_result.html?search_key=earbuds'],
  },
};
