import { browser } from 'wxt/browser';
import type { Request, Responses } from '../messages';
import { readTabState } from './tab-state';

/** The one message the background sends a content script to show a listing; see utils/content/reveal-listener.ts. */
export interface RevealRequest {
  type: 'bg:reveal';
  listingId: string;
  page: 'product' | 'search' | 'unknown';
  index: number;
}

/** ui:reveal-listing — only a listing the tab reported can be revealed, so the popup cannot point it anywhere else. */
export async function handleReveal({
  tabId,
  listingId,
}: Request<'ui:reveal-listing'>): Promise<Responses['ui:reveal-listing']> {
  const state = await readTabState(tabId);
  if (state?.kind !== 'judged') return { found: false };
  const index = state.listings.findIndex((l) => l.listingId === listingId);
  if (index < 0) return { found: false };
  const message: RevealRequest = { type: 'bg:reveal', listingId, page: state.page, index };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as { found?: unknown } | undefined;
    return { found: reply?.found === true };
  } catch {
    return { found: false };
  }
}
