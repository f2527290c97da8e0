// Listing ids that shops put in their product URLs, for sites without a dedicated adapter.
// The id a URL carries is the one a notice can point at, so it beats a SKU the URL lacks.

const ID_PARAMS = ['itemId', 'item_id', 'productId', 'product_id', 'pid', 'id', 'sku', 'skuId', 'offerId', 'iid'];

/** The listing id in a product URL ("/p/...-848068924/", "/pd/DWFWKMMBM/", "iid-1021493409", "?id=..."), or null. */
export function idFromUrl(url: URL): string | null {
  const segs = url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s).replace(/\.(html?|aspx?|php)$/i, ''));
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (/^\d{5,}$/.test(s)) return s;
    const tail = /(?:^|[-_.])(?:iid-|id-|p-|i)?(\d{5,})$/i.exec(s);
    if (tail) return tail[1];
    // Opaque upper-case codes with at least one digit ("DWFWKMMBM", "B00NTCH52W").
    if (
      /^[A-Z0-9]{7,14}$/.test(s) &&
      /\d|^[A-Z]{9}$/.test(s) &&
      i > 0 &&
      /^(pd|p|dp|product|item|itm|sku)$/i.test(segs[i - 1])
    )
      return s;
  }
  for (const k of ID_PARAMS) {
    const v = url.searchParams.get(k);
    if (v && /^[\w-]{4,40}$/.test(v)) return v;
  }
  return null;
}

/** The first candidate id that also appears in the URL: the one the shop itself uses for the page. */
export function idInUrl(url: URL, candidates: (string | null | undefined)[]): string | null {
  const href = decodeURIComponent(url.pathname + url.search + url.hash);
  return candidates.find((c): c is string => !!c && c.length >= 4 && href.includes(c)) ?? null;
}
