// A marketplace's adapter, and the general readers when that adapter cannot read the page (a landing
// page, a redesign). The general reader is passed in, not imported: the scanner passes it always, while a
// content script passes it only once the background has loaded it into the tab, so its bundle stays small.
import type { Extraction } from '../types';
import type { Adapter, GeneralRead } from './types';

export function readWithFallback(adapter: Adapter, general: GeneralRead | null, doc: Document, url: URL): Extraction {
  const ex = adapter.extract(doc, url, general);
  if (!general || adapter.id === 'generic' || ex.listings.length) return ex;
  const fallback = general(doc, url, 'generic');
  return fallback.listings.length ? { ...fallback, adapter: `${ex.adapter}+generic` } : ex;
}
