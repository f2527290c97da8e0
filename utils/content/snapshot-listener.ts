import { browser } from 'wxt/browser';
import { sanitizeSnapshot } from '../evidence/snapshot';

/**
 * Answers the background's request for an evidence snapshot of this page. Only our own
 * extension can message a content script this way; anything else is ignored.
 */
export function listenForSnapshotRequests(): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== 'bg:snapshot')
      return undefined;
    return Promise.resolve({ html: sanitizeSnapshot(document), url: location.href, title: document.title });
  };
  browser.runtime.onMessage.addListener(listener);
}
