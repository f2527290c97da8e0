import type { Adapter } from '../adapters/types';
import type { Extraction, Listing } from '../types';
import { readWithFallback } from '../adapters/read-with-fallback';
import { generalReader } from './general-reader';
import { prepareExtraction } from './prepare';

/** What a listing looked like when it was judged: the same key means the same verdict. */
export const listingKey = (l: Listing) =>
  `${l.title}\u0000${l.price?.amount ?? ''}${l.price?.currency ?? ''}\u0000${l.seller?.name ?? ''}\u0000${l.brand ?? ''}`;

/**
 * Reads the whole page as the scanner does (the site's adapter, then the general readers); an adapter
 * that throws on a page it was not written for leaves the page unread, and the popup says so.
 */
export function readPage(adapter: Adapter, doc: Document, url: URL): Extraction {
  try {
    return prepareExtraction(readWithFallback(adapter, generalReader(), doc, url));
  } catch {
    return { adapter: adapter.id, page: 'unknown', listings: [], missing: ['page'] };
  }
}

/**
 * Reads only the cards a page just added. Adapters take a document, so the added subtrees are
 * cloned into an inert scratch document under shallow copies of their ancestors (selectors such as
 * `ul.srp-results > li` keep matching): the work grows with what changed, not with the page.
 * Returns null when the adapter does not see a results page there; the caller reads the page.
 */
export function readAdded(adapter: Adapter, added: readonly Element[], url: URL): Listing[] | null {
  if (added.length === 0) return [];
  const scratch = document.implementation.createHTMLDocument('');
  for (const el of added) {
    let copy: Node = el.cloneNode(true);
    for (let p = el.parentElement; p && p.tagName !== 'BODY' && p.tagName !== 'HTML'; p = p.parentElement) {
      const shell = p.cloneNode(false);
      shell.appendChild(copy);
      copy = shell;
    }
    scratch.body.appendChild(scratch.adoptNode(copy));
  }
  const read = readPage(adapter, scratch, url);
  return read.page === 'search' && read.missing.length === 0 ? read.listings : null;
}
