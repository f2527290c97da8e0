import type { Extraction, Verdict } from '../types';
import { findAnchor } from './anchor';
import { BADGE_TAG, createBadge, type BadgeHandle } from './badge';

export type BadgeRenderer = (extraction: Extraction, verdicts: Verdict[]) => void;

/** Puts a badge next to each watch/suspect listing and removes badges that no longer apply. */
export function createBadgeRenderer(doc: Document, onFlag: (id: string) => void): BadgeRenderer {
  const badges = new Map<string, BadgeHandle>();
  return (extraction, verdicts) => {
    const keep = new Set<string>();
    extraction.listings.forEach((listing, i) => {
      const verdict = verdicts.find((v) => v.listingId === listing.listingId);
      if (!verdict || verdict.level === 'ok') return;
      const anchor = findAnchor(doc, listing, extraction.page, i);
      if (!anchor) return;
      keep.add(listing.listingId);
      let badge = badges.get(listing.listingId);
      if (!badge) {
        badge = createBadge(doc, verdict, onFlag);
        badges.set(listing.listingId, badge);
      } else {
        badge.update(verdict);
      }
      if (anchor.nextElementSibling !== badge.host) anchor.insertAdjacentElement('afterend', badge.host);
    });
    for (const [id, badge] of badges) {
      if (!keep.has(id)) {
        badge.host.remove();
        badges.delete(id);
      }
    }
    // Badges left by an earlier copy of this script (extension reloaded) are not ours to update.
    const ours = new Set([...badges.values()].map((b) => b.host));
    for (const stray of Array.from(doc.querySelectorAll(BADGE_TAG)))
      if (!ours.has(stray as HTMLElement)) stray.remove();
  };
}
