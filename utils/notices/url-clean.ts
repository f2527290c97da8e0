import { stripTracking } from '../url-tracking';
import { t } from '../i18n';
import { URL_RULES } from './url-rules';

// Listing URLs for notices: the listing itself (never the shop), canonical, with tracking
// and session parameters gone. The per-marketplace rules live in url-rules.ts.
export { URL_RULES, stripTracking };

export type UrlResult =
  | { ok: true; url: string; listingId: string; marketplace: string }
  | { ok: false; reason: 'invalid' | 'shop' | 'not-listing'; message: string; marketplace: string | null };

export const ruleFor = (host: string) => URL_RULES.find((r) => r.host.test(host.replace(/\.$/, ''))) ?? null;

/** The URL to put in a notice, or a reason it cannot go in one. */
export function cleanListingUrl(raw: string): UrlResult {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'invalid', message: t('bg_url_not_address', raw.slice(0, 80)), marketplace: null };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    return {
      ok: false,
      reason: 'invalid',
      message: t('bg_url_scheme', u.protocol),
      marketplace: null,
    };
  }
  const rule = ruleFor(u.hostname);
  if (!rule) {
    const url = stripTracking(u.toString())!;
    return { ok: true, url: url.replace(/^http:/, 'https:'), listingId: url, marketplace: 'other' };
  }
  if (rule.shop(u)) {
    return {
      ok: false,
      reason: 'shop',
      marketplace: rule.marketplace,
      message: t('bg_url_shop', `${u.hostname}${u.pathname}`),
    };
  }
  const hit = rule.listing(u);
  if (!hit) {
    return {
      ok: false,
      reason: 'not-listing',
      marketplace: rule.marketplace,
      message: t('bg_url_not_listing', `${u.hostname}${u.pathname}`),
    };
  }
  return { ok: true, ...hit, marketplace: rule.marketplace };
}
