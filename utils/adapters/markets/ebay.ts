import { type Market, origin } from './market';

const TLDS = ['com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'be', 'at', 'ch', 'ie', 'pl', 'com.au'];
const MORE = ['com.hk', 'com.sg', 'com.my', 'ph', 'in'];

export const ebayMarket: Market = {
  id: 'ebay',
  name: 'eBay',
  domains: [...TLDS, ...MORE].map((t) => `ebay.${t}`),
  scope: 'www',
  listing: (u) => {
    const m = /^\/itm\/(?:[^/]+\/)?(\d{9,15})\/?$/.exec(u.pathname);
    return m ? { url: `${origin(u)}/itm/${m[1]}`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/(str|usr)\//.test(u.pathname) || u.searchParams.has('_ssn'),
  search: (u) => /^\/(sch|b)\//.test(u.pathname) && !u.searchParams.has('_ssn'),
  examples: {
    listing: [
      'https://www.ebay.com/itm/256123456789?_trkparms=x&_trksid=p2047675&hash=item3b',
      'https://www.ebay.co.uk/itm/Bose-QC45-Headphones/256123456789',
    ],
    shop: [
      'https://www.ebay.com/str/cheapaudio',
      'https://www.ebay.com/usr/cheapaudio',
      'https://www.ebay.com/sch/i.html?_ssn=cheapaudio',
    ],
    search: ['https://www.ebay.de/sch/i.html?_nkw=apple', 'https://www.ebay.com/b/Headphones/112529/bn_879608'],
  },
};
