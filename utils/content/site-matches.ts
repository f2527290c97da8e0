import { CONTENT_MATCHES } from '../adapters/hosts';
import { marketplaceOf } from '../adapters/marketplace';

// The one place that maps a marketplace to the hosts its content script runs on; each
// per-marketplace entrypoint asks it, so a content script carries only its own adapter.
// Derived from the host list the manifest's host_permissions use, so the two cannot drift.
// (When marketplaces become descriptors, this reads the descriptor's hosts instead.)

/** Match patterns whose host belongs to `marketplace` ("amazon", "ebay"...). */
export function matchesFor(marketplace: string): string[] {
  return CONTENT_MATCHES.filter((m) => marketplaceOfPattern(m) === marketplace);
}

function marketplaceOfPattern(pattern: string): string | null {
  const host = /^https:\/\/(?:\*\.)?([^/]+)\//.exec(pattern)?.[1];
  return host ? marketplaceOf(new URL(`https://${host}/`)) : null;
}
