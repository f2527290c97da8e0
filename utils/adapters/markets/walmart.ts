import { type Market, origin } from './market';

export const walmartMarket: Market = {
  id: 'walmart',
  name: 'Walmart',
  domains: ['walmart.com', 'walmart.ca'],
  scope: 'all',
  listing: (u) => {
    const m = /^\/(?:en\/)?ip\/(?:[^/]+\/)?(\d{5,15}|[A-Z0-9]{10,14})\/?$/.exec(u.pathname);
    return m ? { url: `${origin(u)}/ip/${m[1]}`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/(seller|global\/seller)\//.test(u.pathname),
  search: (u) => /^\/(search|browse|cp)(\/|$)/.test(u.pathname),
  examples: {
    listing: ['https://www.walmart.com/ip/Bose-QC45/123456789?athbdg=L1600&from=/search'],
    shop: ['https://www.walmart.com/seller/101234567'],
    search: ['https://www.walmart.com/search?q=headphones'],
  },
};
