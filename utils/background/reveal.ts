import type { Request, Responses } from '../messages';
import { sendToTab } from './send-to-tab';
import { readTabState } from './tab-state';

/** ui:reveal-listing: only a listing the tab reported can be revealed, so the popup cannot point it anywhere else. */
export async function handleReveal({
  tabId,
  listingId,
}: Request<'ui:reveal-listing'>): Promise<Responses['ui:reveal-listing']> {
  const state = await readTabState(tabId);
  if (state?.kind !== 'judged') return { found: false };
  const index = state.listings.findIndex((l) => l.listingId === listingId);
  if (index < 0) return { found: false };
  return sendToTab(tabId, 'bg:reveal', { listingId, page: state.page, index }).catch(() => ({ found: false }));
}
