// The Extraction an adapter returns, built the same way everywhere: a product page whose title
// or listing id could not be read says so in `missing` (the popup names the field) instead of
// throwing or passing an empty listing off as a real one.
import type { Extraction, Listing, PageKind } from '../types';
import { text, type Selectors } from './dom';
import { toListing, type ListingDraft } from './listing-draft';
import { siteContext } from './price-parse';
import { priceAt } from './result-cards';
import { checkedProduct } from './mandatory';
import type { GeneralRead } from './types';

export function productExtraction(adapter: string, draft: ListingDraft): Extraction {
  return checkedProduct(adapter, toListing(draft));
}

export function listExtraction(adapter: string, listings: Listing[], page: PageKind = 'search'): Extraction {
  return { adapter, page, listings: listings.filter((l) => l.title && l.listingId), missing: [] };
}

/**
 * A page an adapter took for a results page but found no results on (an unknown URL shape, a new
 * product-page layout): let the generic structured-data reader try it before reporting nothing.
 */
export function orGeneric(found: Extraction, doc: Document, url: URL, general: GeneralRead | null): Extraction {
  if (found.listings.length || found.page === 'product' || !general) return found;
  const generic = general(doc, url, found.adapter);
  return generic.listings.length ? generic : found;
}

/**
 * A page this adapter reads on top of the general readers while they are not loaded into the tab yet:
 * nothing, so the content script loads them and reads again. The scanner always has them.
 */
export const awaitingGeneral = (adapter: string): Extraction => ({
  adapter,
  page: 'product',
  listings: [],
  missing: ['page'],
});

/**
 * A product page with no structured data at all (a client-rendered shell saved early): the heading
 * and the first visible price are all there is; the adapter knows the id from the URL.
 */
export function bareListing(doc: Document, url: URL, listingId: string, price: Selectors): Listing {
  const title = text(doc, ['h1']) ?? '';
  return {
    title,
    price: priceAt(doc, price, siteContext(url)),
    seller: null,
    brand: null,
    listingId,
    url: null,
    image: null,
    condition: null,
    sponsored: null,
  };
}
