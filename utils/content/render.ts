import type { Verdict } from '../types';
import { BADGE_ATTR, createBadge, type BadgeActions, type BadgeHandle, type BadgeMark } from './badge';

export interface BadgeRenderer {
  /** Badges (or moves) each listing whose anchor is given; ok verdicts only with the checked mark. */
  place(verdicts: readonly Verdict[], anchors: ReadonlyMap<string, Element>, showChecked: boolean): void;
  /** Removes the badges of these listings (their cards left the page). */
  remove(ids: Iterable<string>): void;
  /** Removes every badge (new page, or the site was paused). */
  clear(): void;
  /** Badges in page order (reviewer triage walks them). */
  inPageOrder(): BadgeHandle[];
  /** Shows a reviewer's selection or decision on a listing's badge. */
  mark(listingId: string, mark: BadgeMark): void;
}

export function createBadgeRenderer(doc: Document, actions: BadgeActions): BadgeRenderer {
  const badges = new Map<string, BadgeHandle>();
  // Badges an earlier copy of this script left (extension reloaded) cannot be updated: drop them.
  for (const stray of Array.from(doc.querySelectorAll(`[${BADGE_ATTR}]`))) stray.remove();

  const remove = (id: string) => {
    badges.get(id)?.host.remove();
    badges.delete(id);
  };
  return {
    place(verdicts, anchors, showChecked) {
      for (const v of verdicts) {
        const anchor = anchors.get(v.listingId);
        if (!anchor) continue;
        if (v.level === 'ok' && !showChecked) {
          remove(v.listingId);
          continue;
        }
        const had = badges.get(v.listingId);
        const badge = had ?? createBadge(doc, v, actions);
        if (had) badge.update(v);
        badges.set(v.listingId, badge);
        // Only a badge that is not already first in its anchor moves: no re-insertion loops.
        if (anchor.firstChild !== badge.host) anchor.prepend(badge.host);
      }
    },
    remove(ids) {
      for (const id of ids) remove(id);
    },
    clear() {
      for (const id of [...badges.keys()]) remove(id);
    },
    mark(id, mark) {
      badges.get(id)?.mark(mark);
    },
    inPageOrder() {
      return [...badges.values()].sort((a, b) =>
        a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    },
  };
}
