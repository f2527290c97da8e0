// One page in, its listings out: the marketplace's adapter, and the general readers when that
// adapter cannot read the page (a landing page, a redesign). The scanner and the content script
// call this same function, so a saved page reads the same in Node as in the browser.
import type { Extraction } from '../types';
import { genericAdapter } from './generic';
import { adapterFor } from './registry';

export interface ExtractOptions {
  /** Read with the general readers only: the measure of how far they carry without hints. */
  genericOnly?: boolean;
}

export function extractPage(doc: Document, url: URL, opts: ExtractOptions = {}): Extraction {
  const adapter = opts.genericOnly ? genericAdapter : adapterFor(url);
  const ex = adapter.extract(doc, url);
  if (adapter === genericAdapter || ex.listings.length) return ex;
  const fallback = genericAdapter.extract(doc, url);
  return fallback.listings.length ? { ...fallback, adapter: `${ex.adapter}+generic` } : ex;
}
