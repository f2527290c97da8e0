// The marketplace a URL belongs to, as the key rule packs and notices use ("amazon", "ebay"...).
// Independent of which adapter read the page: the generic adapter reads Temu or Shopee pages,
// but a seller list or a notice format still needs to know the marketplace.
const HOSTS: [RegExp, string][] = [
  [/(^|\.)amazon\.[a-z.]+$/, 'amazon'],
  [/(^|\.)ebay\.[a-z.]+$/, 'ebay'],
  [/(^|\.)aliexpress\.(com|us|ru)$/, 'aliexpress'],
  [/(^|\.)1688\.com$/, 'alibaba'],
  [/(^|\.)alibaba\.com$/, 'alibaba'],
  [/(^|\.)taobao\.com$/, 'taobao'],
  [/(^|\.)tmall\.(com|hk)$/, 'tmall'],
  [/(^|\.)walmart\.(com|ca)$/, 'walmart'],
  [/(^|\.)etsy\.com$/, 'etsy'],
  [/(^|\.)dhgate\.com$/, 'dhgate'],
  [/(^|\.)rakuten\.(co\.jp|com)$/, 'rakuten'],
  [/(^|\.)temu\.com$/, 'temu'],
  [/(^|\.)shopee\.[a-z.]+$/, 'shopee'],
  [/(^|\.)mercadoli(b|v)re\.[a-z.]+$/, 'mercadolibre'],
];

export function marketplaceOf(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  for (const [re, key] of HOSTS) if (re.test(host)) return key;
  return null;
}

/** The marketplace of a URL given as text; null when the text is not a URL. */
export function marketplaceOfHref(href: string): string | null {
  try {
    return marketplaceOf(new URL(href));
  } catch {
    return null;
  }
}
