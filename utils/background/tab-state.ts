import { browser } from 'wxt/browser';
import type { TabState } from '../messages';

// Per-tab results live in session storage: they survive the service worker being stopped
// between events, and vanish with the browser session (they are not personal data, but
// there is no reason to keep them on disk).
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
