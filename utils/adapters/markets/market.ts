// What Listing Lens knows about one marketplace, as data: its key, its name, the registrable
// domains it runs on, and which of its URLs are listings, shops and searches, with example URLs
// beside the rules. Everything else (manifest host permissions, content-script matches, the
// marketplace of a URL, the notice URL rules, the names shown to users) is derived from these.
// Kept free of DOM code: wxt.config.ts loads it in Node at build time.

export interface ListingRef {
  /** The canonical listing URL a notice names. */
  url: string;
  listingId: string;
}

export interface Market {
  /** Key used by rule packs, notices and adapters ("amazon"). */
  id: string;
  /** Name shown to users ("Amazon"). */
  name: string;
  /** Registrable domains, exactly ("amazon.co.uk"): a host is on the market when it is one or a subdomain. */
  domains: readonly string[];
  /** Where the content script runs: only on `www.` (a brand's other sites are not shops), or on every subdomain. */
  scope: 'www' | 'all';
  /** The listing a URL points at, canonical, or null when it is not a listing URL. */
  listing(u: URL): ListingRef | null;
  /** A seller's shop or profile page: never a listing, whatever its path says. */
  shop(u: URL): boolean;
  /** A results page (a search, a category listing). */
  search(u: URL): boolean;
  examples: { listing: readonly string[]; shop: readonly string[]; search: readonly string[] };
}

/** The market's domain this host belongs to, or null: exact domains only, never "ebay.attacker.net". */
export function domainOf(m: Market, host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  return m.domains.find((d) => h === d || h.endsWith(`.${d}`)) ?? null;
}

/** Match patterns for the manifest and the market's content script. */
export function matchPatterns(m: Market): string[] {
  return m.domains.map((d) => (m.scope === 'www' ? `https://www.${d}/*` : `https://*.${d}/*`));
}

export const origin = (u: URL) => `https://${u.hostname}`;

export function idParam(u: URL, name: string, re: RegExp): string | null {
  const v = u.searchParams.get(name);
  return v && re.test(v) ? v : null;
}
