import type { Request } from '../messages';
import { type ContentHandlers, hasOnlyKeys } from './answer-background';
import { findAnchors } from './anchor';

const HIGHLIGHT_MS = 2_500;
const PAGES = new Set(['product', 'search', 'unknown']);

const isReveal = (p: unknown): p is Request<'bg:reveal'> =>
  hasOnlyKeys(p, ['listingId', 'page', 'index']) &&
  typeof p.listingId === 'string' &&
  typeof p.page === 'string' &&
  PAGES.has(p.page) &&
  typeof p.index === 'number';

/** `bg:reveal`: scrolls to the listing the popup picked and outlines it for a moment, badged or not. */
export const revealHandler: ContentHandlers['bg:reveal'] = {
  accepts: isReveal,
  answer: ({ listingId, page }) => {
    const listing = { listingId } as Parameters<typeof findAnchors>[1][number];
    const target = findAnchors([document], [listing], page).get(listingId);
    if (!(target instanceof HTMLElement)) return { found: false };
    target.scrollIntoView({ block: 'center' });
    const before = { outline: target.style.outline, offset: target.style.outlineOffset };
    target.style.outline = '3px solid #d93025';
    target.style.outlineOffset = '3px';
    target.setAttribute('data-listing-lens-revealed', '');
    setTimeout(() => {
      target.style.outline = before.outline;
      target.style.outlineOffset = before.offset;
      target.removeAttribute('data-listing-lens-revealed');
    }, HIGHLIGHT_MS);
    return { found: true };
  },
};
