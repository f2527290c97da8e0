// Which links on a page point at a listing, and under which id, for shops we know nothing
// about: the URL shapes shops use for product pages ("/item/m8046…", "/p/MLB3865…",
// "-i2894375047.html", "?pid=…", Shopify's "/products/<handle>"), on the page's own site.
/** Second-level labels under which registrations sit ("co.uk", "com.br", "com.mx"...). */
const SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac|or|ne|go|gob|nic)$/;

/** The registrable domain of a host ("listado.mercadolibre.com.mx" -> "mercadolibre.com.mx"). */
function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

const KEYWORD = /^(p|dp|item|items|itm|product|products|produto|producto|listing|up|ip|pd|offer|goods|detail)$/i;
const STRONG_PARAMS = ['pid', 'itemId', 'item_id', 'productId', 'product_id', 'skuId', 'offerId'];
/** An opaque id after a listing keyword: "m80460149215", "MLB38658746", "MLMU3484354003". */
const CODE = /^(?:[A-Za-z]{0,5}\d{5,}|[A-Z0-9]{6,24})$/;

/** The listing id a link's URL carries, or null when it is not a listing link. */
function listingIdOf(u: URL): string | null {
  const segs = u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).replace(/\.(html?|aspx?|php)$/i, '');
      } catch {
        return s;
      }
    });
  // An opaque id right after a listing keyword ("/dp/B077ZB6LWK/ref=…/258-2175373-7115355") beats
  // the digits that trail a path, which may be a session.
  for (let i = segs.length - 1; i > 0; i--)
    if (KEYWORD.test(segs[i - 1]) && CODE.test(segs[i]) && /\d/.test(segs[i])) return segs[i];
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (/^\d{5,}$/.test(s) && i > 0) return s;
    // "MLA-1234567890-slug": a site prefix and a number lead the path.
    const coded = /^([A-Z]{2,5})-(\d{6,})(?:-|$)/.exec(s);
    if (coded) return `${coded[1]}${coded[2]}`;
    const tail = /[-_.](?:iid-|id-|p-|i)?(\d{6,})$/i.exec(s);
    if (tail) return tail[1];
  }
  for (const k of STRONG_PARAMS) {
    const v = u.searchParams.get(k);
    if (v && /^[\w-]{4,40}$/.test(v)) return v;
  }
  // Shopify and similar shops name products by handle: "/products/christian-dior-sauvage-edt".
  for (let i = segs.length - 1; i > 0; i--)
    if (/^products?$/i.test(segs[i - 1]) && /^[\p{L}\p{N}][\p{L}\p{N}-]{2,120}$/u.test(segs[i])) return segs[i];
  const id = u.searchParams.get('id') ?? u.searchParams.get('iid');
  return id && /^\d{5,}$/.test(id) ? id : null;
}

const REDIRECT_PARAMS = ['url', 'u', 'redirect', 'redirect_url', 'target', 'dest', 'destination'];

/**
 * A listing link on the page's own site (ads and affiliates that leave the site are not results).
 * Ad slots often link through the site's own click tracker ("/sspa/click?url=%2Fdp%2F…"): the
 * listing is the address the tracker forwards to, when that stays on the site.
 */
export function sameSiteListingId(u: URL, base: URL): string | null {
  if (siteOf(u.hostname) !== siteOf(base.hostname)) return null;
  for (const k of REDIRECT_PARAMS) {
    const v = u.searchParams.get(k);
    if (!v || !URL.canParse(v, base)) continue;
    const target = new URL(v, base);
    if (siteOf(target.hostname) === siteOf(base.hostname) && target.href !== u.href) return listingIdOf(target);
  }
  return listingIdOf(u);
}

const SEARCH_PATH =
  /\/(search|s|sch|catalog|catalogsearch|list|lista|listado|category|categories|c|b|shop|collections)(\/|$)/i;
const SEARCH_PARAMS = [
  'q',
  'k',
  'keyword',
  'keywords',
  'query',
  'search',
  '_nkw',
  'text',
  'st',
  'searchTerm',
  'SearchText',
];

/** The URL has the shape of a results page (a search, a category, a listado). */
export function looksLikeResults(u: URL): boolean {
  return (
    SEARCH_PATH.test(u.pathname) ||
    SEARCH_PARAMS.some((k) => u.searchParams.has(k)) ||
    /^(lista|listado|search|s)\./.test(u.hostname)
  );
}
