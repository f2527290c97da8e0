import type { Extraction } from '../types';

/**
 * One marketplace. Adapters are pure: `(document, url) -> Extraction`, no browser APIs,
 * no globals, no work at import. They run in the content script and in the Node scanner.
 */
export interface Adapter {
  /** Marketplace key, also used by rule packs ("amazon", "ebay"...). */
  id: string;
  /** Human name ("Amazon"). */
  name: string;
  /** True when this adapter claims the URL. The generic adapter claims nothing: it is the fallback. */
  matches(url: URL): boolean;
  /** Example URLs the registry test checks as positives here and negatives everywhere else. */
  examples: string[];
  extract(doc: Document, url: URL): Extraction;
}
