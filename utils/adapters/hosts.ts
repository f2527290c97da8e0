// Match patterns for every marketplace host Listing Lens reads, derived from the market
// descriptors. One list serves the manifest's host_permissions and the content script's
// matches, so they cannot drift. Free of DOM code: wxt.config.ts loads it in Node at build time.
import { MARKETS, matchPatterns } from './markets/index';

export const CONTENT_MATCHES: string[] = MARKETS.flatMap(matchPatterns);

/**
 * One content script per marketplace: its match patterns and the id of the adapter it loads
 * (`adapterById` in registry.ts), so a page loads only the adapter its host needs.
 */
export const CONTENT_SCRIPTS: readonly { market: string; matches: string[] }[] = MARKETS.map((m) => ({
  market: m.id,
  matches: matchPatterns(m),
}));
