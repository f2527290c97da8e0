// Listing-vs-shop rules per marketplace for notices, derived from the market descriptors
// (utils/adapters/markets/), where each rule sits beside its example URLs; the tests run every
// example as a positive here and a negative for the other rules.
import { MARKETS, type ListingRef } from '../adapters/markets/index';

export interface UrlRule {
  marketplace: string;
  /** Exactly the marketplace's registrable domains and their subdomains. */
  host: RegExp;
  /** Returns the canonical listing URL and id, or null. */
  listing(u: URL): ListingRef | null;
  shop(u: URL): boolean;
  examples: { listing: string[]; shop: string[] };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const URL_RULES: UrlRule[] = MARKETS.map((m) => ({
  marketplace: m.id,
  host: new RegExp(`(^|\\.)(${m.domains.map(esc).join('|')})$`, 'i'),
  listing: m.listing,
  shop: m.shop,
  examples: { listing: [...m.examples.listing], shop: [...m.examples.shop] },
}));
