import { marketplaceOf } from '../adapters/marketplace';
import { t } from '../i18n';
import { cleanListingUrl } from '../notices/url-clean';

// Which listing a flag (and every notice built from it) names. The address the flag form sends
// began as what the page said about itself (a canonical link, JSON-LD), and a seller's page can
// name someone else's listing there. So a product page's listing is named by the tab's own
// address, which the browser reports, and any other listing address must be on the marketplace
// of the page it was seen on.

export type ListingUrlResult = { ok: true; url: string } | { ok: false; error: string };

const hostOf = (raw: string): string | null => {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
};

const marketOf = (raw: string): string | null => {
  try {
    return marketplaceOf(new URL(raw));
  } catch {
    return null;
  }
};

/**
 * `requested` is the address the form sends, `tabUrl` the address of the tab the listing was
 * seen in (null when that tab is gone), `marketplace` the marketplace the form names.
 */
export function listingUrlForFlag(
  requested: string,
  listingId: string,
  marketplace: string,
  tabUrl: string | null,
): ListingUrlResult {
  const tab = tabUrl ? cleanListingUrl(tabUrl) : null;
  // A product page: the tab is the listing.
  if (tab?.ok && tab.marketplace !== 'other' && tab.listingId === listingId) return { ok: true, url: tab.url };
  const asked = cleanListingUrl(requested);
  const url = asked.ok ? asked.url : requested;
  const host = hostOf(url) ?? '';
  const tabMarket = tabUrl ? marketOf(tabUrl) : null;
  const where = tabUrl ? (hostOf(tabUrl) ?? '') : marketplace;
  const askedMarket = marketOf(url);
  const same = tabUrl
    ? tabMarket
      ? askedMarket === tabMarket && marketplace === tabMarket
      : host === hostOf(tabUrl)
    : askedMarket === null
      ? marketplace === 'other' || marketplace === 'generic'
      : askedMarket === marketplace;
  return same
    ? { ok: true, url }
    : { ok: false, error: t('safety_flagUrlOtherHost', host || requested.slice(0, 80), where) };
}
