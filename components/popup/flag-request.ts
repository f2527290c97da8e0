import type { Request } from '../../utils/messages';
import type { Listing, Verdict } from '../../utils/types';
import type { FlagValues } from './FlagForm';

export interface FlagTarget {
  tabId: number;
  url: string;
  marketplace: string;
  listing: Listing;
  verdict: Verdict | null;
}

/**
 * The flag to save from what the form holds: the user's corrections win over what was read, an
 * emptied field falls back to the page's value, and test-buy details count only for counterfeits.
 */
export function flagRequest(
  target: FlagTarget,
  v: FlagValues,
  pageUrl: string | null,
  requestId: string,
): Request<'ui:flag-create'> | null {
  if (!v.type) return null;
  const seller = v.seller.trim();
  const listing: Listing = {
    ...target.listing,
    title: v.title.trim() || target.listing.title,
    brand: v.brand.trim() || null,
    seller: seller ? { ...(target.listing.seller ?? { id: null, url: null }), name: seller } : target.listing.seller,
    url: v.url.trim() || target.listing.url,
  };
  const hasBuy = v.testBuy.orderId.trim() !== '' || v.testBuy.findings.trim() !== '';
  return {
    requestId,
    url: v.url.trim() || target.url,
    marketplace: target.marketplace,
    listing,
    verdict: target.verdict,
    type: v.type,
    note: v.note,
    testBuy: v.type === 'COUNTERFEIT' && hasBuy ? v.testBuy : null,
    capture: pageUrl ? { tabId: target.tabId, pageUrl } : null,
  };
}
