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
  /**
   * `general` is the general readers, which some adapters build on (a product page read from its
   * structured data, a results page the adapter's cards miss). The scanner always passes them; a content
   * script passes null until the background has loaded them into the tab, and an adapter that needs them
   * reads nothing meanwhile (`awaitingGeneral`), which is what makes the content script ask for them.
   */
  extract(doc: Document, url: URL, general: GeneralRead | null): Extraction;
}

/** The general readers (utils/adapters/generic.ts), naming what they read after the adapter that asked. */
export type GeneralRead = (doc: Document, url: URL, adapterId: string) => Extraction;
