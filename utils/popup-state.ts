import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_MATCHES } from './adapters/hosts';
import { marketplaceOf } from './adapters/marketplace';
import { sendMessage } from './messaging';
import type { PackStatus, TabState, TriageDecisionView } from './messages';

export interface PopupModel {
  tabId: number | null;
  url: string | null;
  /** True when the tab's host is one Listing Lens reads (the content script should be there). */
  supportedHost: boolean;
  marketplace: string | null;
  tab: TabState;
  pack: PackStatus;
  /** A reviewer's triage decision waiting on this tab for their reason (shown before anything else). */
  decision?: TriageDecisionView | null;
}

/**
 * Everything the popup shows, gathered from the active tab and the background. `?tab=ID`
 * pins the popup to one tab, for when it is opened in its own window or tab (and in tests).
 */
export async function loadPopupModel(search = location.search): Promise<PopupModel> {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  const [active] =
    Number.isInteger(pinned) && pinned > 0
      ? [await browser.tabs.get(pinned).catch(() => undefined)]
      : await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = active?.id ?? null;
  const url = active?.url ?? null;
  const [tab, pack, decision] = await Promise.all([
    tabId === null ? Promise.resolve<TabState>({ kind: 'unsupported', url }) : sendMessage('ui:tab-state', { tabId }),
    sendMessage('ui:pack-status', {}),
    tabId === null ? null : sendMessage('ui:triage-pending', { tabId }).catch(() => null),
  ]);
  const pageUrl = tab.url ?? url;
  let parsed: URL | null = null;
  try {
    parsed = pageUrl ? new URL(pageUrl) : null;
  } catch {
    parsed = null;
  }
  const supportedHost = parsed !== null && CONTENT_MATCHES.some((p) => new MatchPattern(p).includes(parsed!));
  const marketplace = parsed ? marketplaceOf(parsed) : null;
  return { tabId, url: pageUrl, supportedHost, marketplace, tab, pack, decision };
}
