import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RevealRequest } from '../background/reveal';
import { findAnchor } from './anchor';
import { BADGE_TAG } from './badge';

const HIGHLIGHT_MS = 2_500;

/** Scrolls to the listing the popup picked and outlines it for a moment. Only our background is listened to. */
export function listenForRevealRequests(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = message as Partial<RevealRequest> | null;
    if (m?.type !== 'bg:reveal' || typeof m.listingId !== 'string' || typeof m.index !== 'number') return undefined;
    const listing = { listingId: m.listingId } as Parameters<typeof findAnchor>[1];
    const found = findAnchor(document, listing, m.page ?? 'unknown', m.index);
    // A badged listing's id attribute is also on our badge: outline what the badge sits beside.
    const target = found?.localName === BADGE_TAG ? found.previousElementSibling : found;
    if (!(target instanceof HTMLElement)) return Promise.resolve({ found: false });
    target.scrollIntoView({ block: 'center' });
    const before = { outline: target.style.outline, offset: target.style.outlineOffset };
    target.style.outline = '3px solid #d93025';
    target.style.outlineOffset = '3px';
    target.setAttribute('data-listing-lens-revealed', '');
    ctx.setTimeout(() => {
      target.style.outline = before.outline;
      target.style.outlineOffset = before.offset;
      target.removeAttribute('data-listing-lens-revealed');
    }, HIGHLIGHT_MS);
    return Promise.resolve({ found: true });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
