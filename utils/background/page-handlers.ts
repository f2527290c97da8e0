import { browser } from 'wxt/browser';
import { t } from '../i18n';

import { scorePage } from '../engine/index';
import { marketplaceOfHref } from '../adapters/marketplace';
import { LEVEL_COLOURS } from '../level-colours';
import type { ListingLensDb } from '../db';
import type { PageReply, Request, Responses, TabState } from '../messages';
import { loadActiveEngine } from '../packs/active';
import type { HandlerContext } from './router';
import type { Listing, Verdict } from '../types';
import { pageSettings } from './page-settings';
import { readTabState, saveTabState } from './tab-state';

type Judged = Extract<TabState, { kind: 'judged' }>;

/** content:page — score what a content script read and remember it for the popup. */
export async function handlePage(
  db: ListingLensDb,
  { extraction }: Request<'content:page'>,
  ctx: HandlerContext,
): Promise<Responses['content:page']> {
  const tabId = ctx.tabId!;
  const url = senderUrl(ctx);
  const settings = await pageSettings();
  if (settings.paused.has(originOf(url))) {
    saveTabState(tabId, { kind: 'not-listing', url, adapter: extraction.adapter });
    setToolbarBadge(tabId, []);
    return { verdicts: [], paused: true };
  }
  const { adapter, page, listings, missing } = extraction;
  if (missing.length > 0 || (page === 'product' && listings.length === 0)) {
    saveTabState(tabId, { kind: 'unreadable', url, adapter, missing: missing.length ? missing : ['title'] });
    setToolbarBadge(tabId, []);
    return { verdicts: [] };
  }
  if (listings.length === 0) {
    saveTabState(tabId, { kind: 'not-listing', url, adapter });
    setToolbarBadge(tabId, []);
    return { verdicts: [] };
  }
  const active = await loadActiveEngine(db);
  if (!active) {
    saveTabState(tabId, { kind: 'no-rules', url, reason: t('bg_no_rules_active') });
    return { error: 'rules not loaded' };
  }
  const verdicts = scorePage(active.engine, listings, marketplaceKey(url));
  saveTabState(tabId, { kind: 'judged', url, adapter, page, listings, verdicts, packName: active.pack.name });
  setToolbarBadge(tabId, verdicts);
  return { verdicts, checked: settings.checkedMark };
}

/**
 * content:cards — cards a results page added, and ids of cards that left. The new cards are scored
 * with the page around them (price outliers are relative to the page); the reply carries their
 * verdicts and any earlier card whose level changed because of them.
 */
export async function handleCards(
  db: ListingLensDb,
  { added, gone }: Request<'content:cards'>,
  ctx: HandlerContext,
): Promise<PageReply> {
  const tabId = ctx.tabId!;
  const url = senderUrl(ctx);
  const [settings, prior, active] = await Promise.all([pageSettings(), readTabState(tabId), loadActiveEngine(db)]);
  if (settings.paused.has(originOf(url))) return { verdicts: [], paused: true };
  if (!active) return { error: 'rules not loaded' };
  const base: Judged =
    prior?.kind === 'judged' && prior.url === url
      ? prior
      : {
          kind: 'judged',
          url,
          adapter: prior && 'adapter' in prior ? (prior.adapter ?? '') : '',
          page: 'search',
          listings: [],
          verdicts: [],
          packName: active.pack.name,
        };
  const drop = new Set([...gone, ...added.map((l) => l.listingId)]);
  const listings: Listing[] = [...base.listings.filter((l) => !drop.has(l.listingId)), ...added].slice(-2_000);
  const verdicts = scorePage(active.engine, listings, marketplaceKey(url));
  const before = new Map(base.verdicts.map((v) => [v.listingId, v.level]));
  const addedIds = new Set(added.map((l) => l.listingId));
  const reply = verdicts.filter((v) => addedIds.has(v.listingId) || before.get(v.listingId) !== v.level);
  saveTabState(tabId, { ...base, page: 'search', listings, verdicts });
  setToolbarBadge(tabId, verdicts);
  return { verdicts: reply, checked: settings.checkedMark };
}

/** ui:tab-state — what the popup shows for a tab. No state means no content script ran there. */
export async function handleTabState({ tabId }: Request<'ui:tab-state'>): Promise<Responses['ui:tab-state']> {
  return (await readTabState(tabId)) ?? { kind: 'unsupported', url: null };
}

/**
 * The page's URL from the browser's record of the sender, never from the page-influenced payload.
 * The tab's URL first: after a single-page navigation (history API) it is current, while the
 * sender's document URL stays the one the page was loaded at. Content messages come from top frames.
 */
function senderUrl(ctx: HandlerContext): string {
  return ctx.sender.tab?.url ?? ctx.sender.url ?? '';
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function marketplaceKey(url: string): string | undefined {
  return marketplaceOfHref(url) ?? undefined;
}

/** The toolbar icon counts the suspect listings on the tab. Set after the reply, never awaited. */
function setToolbarBadge(tabId: number, verdicts: readonly Verdict[]): void {
  const suspect = verdicts.filter((v) => v.level === 'suspect').length;
  const set = async () => {
    await browser.action.setBadgeText({ tabId, text: suspect > 0 ? String(suspect) : '' });
    if (suspect > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: LEVEL_COLOURS.suspect });
  };
  // The tab may have closed between the message and the reply; nothing to badge.
  set().catch(() => undefined);
}
