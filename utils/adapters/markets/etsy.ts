import type { Market } from './market';

export const etsyMarket: Market = {
  id: 'etsy',
  name: 'Etsy',
  domains: ['etsy.com'],
  scope: 'all',
  listing: (u) => {
    const m = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/(\d{6,15})(?:\/|$)/.exec(u.pathname);
    return m ? { url: `https://www.etsy.com/listing/${m[1]}`, listingId: m[1] } : null;
  },
  shop: (u) => /^\/(?:[a-z]{2}\/)?(shop|people)\//.test(u.pathname),
  search: (u) => /^\/(?:[a-z]{2}\/)?(search|c)(\/|$)/.test(u.pathname),
  examples: {
    listing: [
      'https://www.etsy.com/listing/1234567890/bose-style-headphones?ga_order=most_relevant&ref=sr_gallery-1-1&sts=1',
    ],
    shop: ['https://www.etsy.com/shop/CheapAudioShop'],
    search: ['https://www.etsy.com/search?q=stacking+blocks'],
  },
};
