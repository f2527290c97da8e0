// The marketplace a URL belongs to, as the key rule packs and notices use ("amazon", "ebay"...).
// Independent of which adapter read the page: the generic adapter may read a page, but a seller
// list or a notice format still needs to know the marketplace. Exact registrable domains only:
// "www.ebay.attacker.net" and "shopee.evil.example" belong to no marketplace.
import { MARKETS, domainOf, type Market } from './markets/index';

function marketOf(url: URL): Market | null {
  return MARKETS.find((m) => domainOf(m, url.hostname)) ?? null;
}

export function marketplaceOf(url: URL): string | null {
  return marketOf(url)?.id ?? null;
}

/** The marketplace of a URL given as text; null when the text is not a URL. */
export function marketplaceOfHref(href: string): string | null {
  try {
    return marketplaceOf(new URL(href));
  } catch {
    return null;
  }
}
