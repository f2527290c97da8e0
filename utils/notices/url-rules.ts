// Listing-vs-shop rules per marketplace, one entry each with its example URLs beside it; the
// tests run every example as a positive here and a negative for the other rules.
export interface UrlRule {
  marketplace: string;
  host: RegExp;
  /** Returns the canonical listing URL and id, or null. */
  listing(u: URL): { url: string; listingId: string } | null;
  shop(u: URL): boolean;
  examples: { listing: string[]; shop: string[] };
}

const origin = (u: URL) => `https://${u.hostname}`;
const idParam = (u: URL, name: string, re: RegExp) => {
  const v = u.searchParams.get(name);
  return v && re.test(v) ? v : null;
};

export const URL_RULES: UrlRule[] = [
  {
    marketplace: 'amazon',
    host: /(^|\.)amazon\.[a-z.]+$/,
    listing: (u) => {
      const m = /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?:[/?]|$)/.exec(`${u.pathname}/`);
      return m ? { url: `${origin(u)}/dp/${m[1]}`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/(stores|sp)\b/.test(u.pathname) || (u.pathname === '/s' && u.searchParams.has('me')),
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
    },
  },
  {
    marketplace: 'ebay',
    host: /(^|\.)ebay\.[a-z.]+$/,
    listing: (u) => {
      const m = /^\/itm\/(?:[^/]+\/)?(\d{9,15})\/?$/.exec(u.pathname);
      return m ? { url: `${origin(u)}/itm/${m[1]}`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/(str|usr)\//.test(u.pathname) || u.searchParams.has('_ssn'),
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
    },
  },
  {
    marketplace: 'aliexpress',
    host: /(^|\.)aliexpress\.(com|us|ru)$/,
    listing: (u) => {
      const m = /^\/item\/(?:[^/]+\/)?(\d{6,20})\.html$/.exec(u.pathname);
      return m ? { url: `https://www.aliexpress.com/item/${m[1]}.html`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/store\//.test(u.pathname),
    examples: {
      listing: [
        'https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1&algo_pvid=abc&pdp_npi=4',
      ],
      shop: ['https://www.aliexpress.com/store/1101234567'],
    },
  },
  {
    marketplace: 'alibaba',
    host: /(^|\.)alibaba\.com$/,
    listing: (u) => {
      const m = /^\/product-detail\/[^/]*?_?(\d{8,20})\.html$/.exec(u.pathname);
      return m ? { url: `https://www.alibaba.com${u.pathname}`, listingId: m[1] } : null;
    },
    shop: (u) => /\.en\.alibaba\.com$/.test(u.hostname),
    examples: {
      listing: [
        'https://www.alibaba.com/product-detail/Wireless-Headphones-QC45_1600123456789.html?spm=a2700.galleryofferlist',
      ],
      shop: ['https://cheapaudio.en.alibaba.com/index.html'],
    },
  },
  {
    marketplace: 'alibaba',
    host: /(^|\.)1688\.com$/,
    listing: (u) => {
      const m = /^\/offer\/(\d{6,20})\.html$/.exec(u.pathname);
      return m ? { url: `https://detail.1688.com/offer/${m[1]}.html`, listingId: m[1] } : null;
    },
    shop: (u) => /^shop[\w-]*\.1688\.com$/.test(u.hostname),
    examples: {
      listing: ['https://detail.1688.com/offer/612345678901.html?spm=a26352.13672862&tracelog=x'],
      shop: ['https://shop1234567890.1688.com/page/offerlist.htm'],
    },
  },
  {
    marketplace: 'taobao',
    host: /(^|\.)taobao\.com$/,
    listing: (u) => {
      const id = u.pathname === '/item.htm' ? idParam(u, 'id', /^\d{6,20}$/) : null;
      return id ? { url: `https://item.taobao.com/item.htm?id=${id}`, listingId: id } : null;
    },
    shop: (u) => /^shop\d+\.taobao\.com$/.test(u.hostname),
    examples: {
      listing: ['https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=623456789012&ns=1&abbucket=9'],
      shop: ['https://shop123456789.taobao.com/'],
    },
  },
  {
    marketplace: 'tmall',
    host: /(^|\.)tmall\.com$/,
    listing: (u) => {
      const id = u.pathname === '/item.htm' ? idParam(u, 'id', /^\d{6,20}$/) : null;
      return id ? { url: `https://detail.tmall.com/item.htm?id=${id}`, listingId: id } : null;
    },
    shop: (u) => /^[\w-]+\.tmall\.com$/.test(u.hostname) && !/^(detail|www)\./.test(u.hostname),
    examples: {
      listing: ['https://detail.tmall.com/item.htm?id=634567890123&skuId=5012345&spm=a1z10'],
      shop: ['https://bose.tmall.com/shop/view_shop.htm'],
    },
  },
  {
    marketplace: 'etsy',
    host: /(^|\.)etsy\.com$/,
    listing: (u) => {
      const m = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/(\d{6,15})(?:\/|$)/.exec(u.pathname);
      return m ? { url: `https://www.etsy.com/listing/${m[1]}`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/(?:[a-z]{2}\/)?shop\//.test(u.pathname),
    examples: {
      listing: [
        'https://www.etsy.com/listing/1234567890/bose-style-headphones?ga_order=most_relevant&ref=sr_gallery-1-1&sts=1',
      ],
      shop: ['https://www.etsy.com/shop/CheapAudioShop'],
    },
  },
  {
    marketplace: 'walmart',
    host: /(^|\.)walmart\.(com|ca)$/,
    listing: (u) => {
      const m = /^\/ip\/(?:[^/]+\/)?(\d{5,15})\/?$/.exec(u.pathname);
      return m ? { url: `${origin(u)}/ip/${m[1]}`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/(seller|global\/seller)\//.test(u.pathname),
    examples: {
      listing: ['https://www.walmart.com/ip/Bose-QC45/123456789?athbdg=L1600&from=/search'],
      shop: ['https://www.walmart.com/seller/101234567'],
    },
  },
  {
    marketplace: 'dhgate',
    host: /(^|\.)dhgate\.com$/,
    listing: (u) => {
      const m = /^\/product\/[^/]+\/(\d{6,15})\.html$/.exec(u.pathname);
      return m ? { url: `https://www.dhgate.com${u.pathname}`, listingId: m[1] } : null;
    },
    shop: (u) => /^\/store\//.test(u.pathname),
    examples: {
      listing: ['https://www.dhgate.com/product/qc45-headphones/912345678.html?f=bm|GFAR|'],
      shop: ['https://www.dhgate.com/store/21234567'],
    },
  },
];
