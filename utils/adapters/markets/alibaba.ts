import type { Market } from './market';

// Alibaba.com (export) and 1688.com (domestic) are one group with one seller model.
export const alibabaMarket: Market = {
  id: 'alibaba',
  name: 'Alibaba.com / 1688',
  domains: ['alibaba.com', '1688.com'],
  scope: 'all',
  listing: (u) => {
    if (u.hostname.endsWith('1688.com')) {
      const m = /^\/offer\/(\d{6,20})\.html$/.exec(u.pathname);
      return m ? { url: `https://detail.1688.com/offer/${m[1]}.html`, listingId: m[1] } : null;
    }
    const m = /^\/product-detail\/[^/]*?_?(\d{8,20})\.html$/.exec(u.pathname);
    return m ? { url: `https://www.alibaba.com${u.pathname}`, listingId: m[1] } : null;
  },
  shop: (u) => /\.en\.alibaba\.com$/.test(u.hostname) || /^shop[\w-]*\.1688\.com$/.test(u.hostname),
  search: (u) => /^\/(trade\/search|showroom|selloffer)/.test(u.pathname) || /^s\.1688\.com$/.test(u.hostname),
  examples: {
    listing: [
      'https://www.alibaba.com/product-detail/Wireless-Headphones-QC45_1600123456789.html?spm=a2700.galleryofferlist',
      'https://detail.1688.com/offer/612345678901.html?spm=a26352.13672862&tracelog=x',
    ],
    shop: ['https://cheapaudio.en.alibaba.com/index.html', 'https://shop1234567890.1688.com/page/offerlist.htm'],
    search: [
      'https://www.alibaba.com/trade/search?SearchText=headphones',
      'https://s.1688.com/selloffer/offer_search.htm',
    ],
  },
};
