// One page in, its listings out: the marketplace's adapter, and the general readers when that
// adapter cannot read the page (a landing page, a redesign). The content script reads through the same
// readWithFallback, so a saved page reads the same in Node as in the browser.
import type { Extraction } from '../types';
import { extractGeneric, genericAdapter } from './generic';
import { readWithFallback } from './read-with-fallback';
import { adapterFor } from './registry';

export interface ExtractOptions {
  /** Read with the general readers only: the measure of how far they carry without hints. */
  genericOnly?: boolean;
}

export function extractPage(doc: Document, url: URL, opts: ExtractOptions = {}): Extraction {
  return readWithFallback(opts.genericOnly ? genericAdapter : adapterFor(url), extractGeneric, doc, url);
}
