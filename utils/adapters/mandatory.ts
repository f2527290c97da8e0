// The one check of a product page's mandatory fields: a listing without its title or its id
// says so in `missing` (the popup names the field) instead of passing an empty value off as real.
import type { Extraction, Listing } from '../types';

export function checkedProduct(adapter: string, listing: Listing): Extraction {
  const missing = [...(listing.title ? [] : ['title']), ...(listing.listingId ? [] : ['listingId'])];
  return { adapter, page: 'product', listings: [listing], missing };
}
