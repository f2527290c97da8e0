// Match patterns for every marketplace host Listing Lens reads. One list serves the
// manifest's host_permissions and the content script's matches, so they cannot drift.
// Kept free of imports: wxt.config.ts loads it in Node at build time.
const AMAZON_TLDS = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be', 'com.tr',
  'ae', 'sa', 'eg', 'in', 'co.jp', 'com.au', 'sg', 'cn',
];
const EBAY_TLDS = ['com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'be', 'at', 'ch', 'ie', 'pl', 'com.au', 'com.hk', 'com.sg', 'com.my', 'ph', 'in'];
const MERCADO_LIBRE = ['com.ar', 'com.mx', 'com.co', 'cl', 'com.pe', 'com.uy', 'com.ve', 'com.ec'];

export const CONTENT_MATCHES: string[] = [
  ...AMAZON_TLDS.map((t) => `https://www.amazon.${t}/*`),
  ...EBAY_TLDS.map((t) => `https://www.ebay.${t}/*`),
  'https://*.aliexpress.com/*',
  'https://*.aliexpress.us/*',
  'https://*.aliexpress.ru/*',
  'https://*.alibaba.com/*',
  'https://*.1688.com/*',
  'https://*.taobao.com/*',
  'https://*.tmall.com/*',
  'https://*.tmall.hk/*',
  'https://*.walmart.com/*',
  'https://*.walmart.ca/*',
  'https://*.etsy.com/*',
  'https://*.dhgate.com/*',
  'https://*.rakuten.co.jp/*',
  'https://*.rakuten.com/*',
  'https://*.temu.com/*',
  'https://*.shopee.com/*',
  'https://shopee.com.my/*',
  'https://shopee.sg/*',
  'https://shopee.co.id/*',
  'https://shopee.ph/*',
  'https://shopee.vn/*',
  'https://shopee.co.th/*',
  'https://shopee.tw/*',
  'https://shopee.com.br/*',
  ...MERCADO_LIBRE.map((t) => `https://*.mercadolibre.${t}/*`),
  'https://*.mercadolivre.com.br/*',
];
