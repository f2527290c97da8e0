import { browser } from 'wxt/browser';
import { scorePage } from '../engine/index';
import { marketplaceOfHref } from '../adapters/marketplace';
import { LEVEL_COLOURS } from '../level-colours';
import type { ListingLensDb } from '../db';
import type { Request, Responses, TabState } from '../messages';
import { loadActiveEngine } from '../packs/active';
import type { HandlerContext } from './router';
import type { Verdict } from '../types';
import { saveTabState, readTabState } from './tab-state';

const LEVEL_RANK = { ok: 0, watch: 1, suspect: 2 } as const;

/** content:page — score what a content script read and remember it for the popup. */
export async function handlePage(
  db: ListingLensDb,
  { extraction }: Request<'content:page'>,
  ctx: HandlerContext,
): Promise<Responses['content:page']> {
  const tabId = ctx.tabId!;
  // The URL comes from the browser's record of the sender, never from the page-influenced payload.
  const url = ctx.sender.url ?? ctx.sender.tab?.url ?? '';
  const { adapter, page, listings, missing } = extraction;
  if (missing.length > 0 || (page === 'product' && listings.length === 0)) {
    await saveTabState(tabId, { kind: 'unreadable', url, adapter, missing: missing.length ? missing : ['title'] });
    await setToolbarBadge(tabId, null);
    return { verdicts: [] };
  }
  if (listings.length === 0) {
    await saveTabState(tabId, { kind: 'not-listing', url, adapter });
    await setToolbarBadge(tabId, null);
    return { verdicts: [] };
  }
  const active = await loadActiveEngine(db);
  if (!active) {
    await saveTabState(tabId, {
      kind: 'no-rules',
      url,
      reason: 'No rule pack is active. Install or import one in Options.',
    });
    return { error: 'rules not loaded' };
  }
  const marketplace = marketplaceOfHref(url) ?? undefined;
  const verdicts = scorePage(active.engine, listings, marketplace);
  const state: TabState = { kind: 'judged', url, adapter, page, listings, verdicts, packName: active.pack.name };
  await saveTabState(tabId, state);
  const worst = verdicts.reduce((m: number, v: Verdict) => Math.max(m, LEVEL_RANK[v.level]), 0);
  await setToolbarBadge(
    tabId,
    worst === 2 ? 'suspect' : worst === 1 ? 'watch' : null,
    verdicts.filter((v: Verdict) => v.level !== 'ok').length,
  );
  return { verdicts };
}

/** ui:tab-state — what the popup shows for a tab. No state means no content script ran there. */
export async function handleTabState({ tabId }: Request<'ui:tab-state'>): Promise<Responses['ui:tab-state']> {
  return (await readTabState(tabId)) ?? { kind: 'unsupported', url: null };
}

async function setToolbarBadge(tabId: number, level: 'watch' | 'suspect' | null, count = 0): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: level ? String(count) : '' });
    if (level) await browser.action.setBadgeBackgroundColor({ tabId, color: LEVEL_COLOURS[level] });
  } catch {
    // The tab may have closed between the message and the reply; nothing to badge.
  }
}
