// A marketplace's adapter, and the general readers when that adapter cannot read the page (a
// landing page, a redesign). Kept apart from the registry so a content script that carries one
// adapter does not pull in every other.
import type { Extraction } from '../types';
import { genericAdapter } from './generic';
import type { Adapter } from './types';

export function readWithFallback(adapter: Adapter, doc: Document, url: URL): Extraction {
  const ex = adapter.extract(doc, url);
  if (adapter === genericAdapter || ex.listings.length) return ex;
  const fallback = genericAdapter.extract(doc, url);
  return fallback.listings.length ? { ...fallback, adapter: `${ex.adapter}+generic` } : ex;
}
