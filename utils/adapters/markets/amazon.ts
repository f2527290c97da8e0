import { type Market, origin } from './market';

const TLDS = ['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be', 'com.tr'];
const MORE = ['ae', 'sa', 'eg', 'in', 'co.jp', 'com.au', 'sg', 'cn'];

export const amazonMarket: Market = {
  id: 'amazon',
  name: 'Amazon',
  domains: [...TLDS, ...MORE].map((t) => `amazon.${t}`),
  scope: 'www',
  listing: (u) => {
    const m = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?:[/?]|$)/.exec(`${u.pathname}/`);
    return m ? { url: `${origin(u)}/dp/${m[1]}`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/(stores|sp)\b/.test(u.pathname) || (u.pathname === '/s' && u.searchParams.has('me')),
  search: (u) =>
    (/^\/(s|b)\/?$/.test(u.pathname) && !u.searchParams.has('me')) || /\/(zgbs|zgnr|bestsellers)\//.test(u.pathname),
  examples: {
    listing: [
      'https://www.amazon.com/Bose-QuietComfort/dp/B0CCZ26B5V/ref=sr_1_3?tag=aff-20&psc=1',
      'https://www.amazon.de/gp/product/B07PXGQC1Q?th=1',
    ],
    shop: [
      'https://www.amazon.com/sp?seller=A2EXAMPLE',
      'https://www.amazon.com/s?me=A2EXAMPLE',
      'https://www.amazon.com/stores/Bose/page/1234',
    ],
    search: ['https://www.amazon.de/s?k=katzenfutter', 'https://www.amazon.com/Best-Sellers-Home/zgbs/hi'],
  },
};
