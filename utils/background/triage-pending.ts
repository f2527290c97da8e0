import { browser } from 'wxt/browser';
import type { TriageDecisionView } from '../messages';
import type { Chosen } from './triage-record';

// A triage decision waits here, per tab, for the reviewer's reason: in memory, and in session storage
// so a service worker stopped while the popup is open does not lose it (session storage is closed to
// content scripts and vanishes with the browser session). One per tab: a newer decision replaces it.
export interface PendingDecision {
  id: string;
  tabId: number;
  action: 'flag' | 'fine';
  marketplace: string;
  pageUrl: string;
  chosen: Chosen[];
}

const memory = new Map<number, PendingDecision>();
/** Decisions confirmed or cancelled in this worker's life: a stale stored copy never comes back. */
const done = new Set<string>();
/** The session storage key of a tab's decision; the popup watches it to show a decision made while it is open. */
export const pendingKey = (tabId: number) => `triage-pending:${tabId}`;
const key = pendingKey;

export async function keepPending(p: PendingDecision): Promise<void> {
  memory.set(p.tabId, p);
  done.delete(p.id);
  // A refused copy (session storage full) leaves the decision in memory: it lasts while the worker does.
  await browser.storage.session.set({ [key(p.tabId)]: p }).catch(() => undefined);
}

export async function readPending(tabId: number): Promise<PendingDecision | null> {
  const inMemory = memory.get(tabId);
  if (inMemory) return inMemory;
  const got = await browser.storage.session.get(key(tabId)).catch(() => ({}) as Record<string, unknown>);
  const stored = (got[key(tabId)] as PendingDecision | undefined) ?? null;
  if (!stored || done.has(stored.id)) return memory.get(tabId) ?? null;
  if (!memory.has(tabId)) memory.set(tabId, stored);
  return memory.get(tabId) ?? null;
}

/**
 * Claims the tab's decision for recording or dropping; with `id`, only if it is still that one (a newer
 * one stays). Checked and claimed in one synchronous step: two confirmations of one decision record it
 * once. The stored copy stays until `settlePending`, so a worker stopped mid-recording leaves it for a retry.
 */
export async function claimPending(tabId: number, id?: string): Promise<PendingDecision | null> {
  const current = await readPending(tabId);
  if (!current || done.has(current.id) || (id !== undefined && current.id !== id)) return null;
  done.add(current.id);
  memory.delete(tabId);
  return current;
}

/** Removes a claimed decision's stored copy, unless a newer decision has taken its place. */
export async function settlePending(p: PendingDecision): Promise<void> {
  const got = await browser.storage.session.get(key(p.tabId)).catch(() => ({}) as Record<string, unknown>);
  if ((got[key(p.tabId)] as PendingDecision | undefined)?.id !== p.id) return;
  await browser.storage.session.remove(key(p.tabId)).catch(() => undefined);
}

/** Drops the tab's decision (cancelled, tab closed); true when there was one. */
export async function dropPending(tabId: number, id?: string): Promise<boolean> {
  const claimed = await claimPending(tabId, id);
  if (claimed) await settlePending(claimed);
  return claimed !== null;
}

/** What the popup shows: the action, and each listing's title, link and the engine's reasons. */
export function pendingView(p: PendingDecision): TriageDecisionView {
  return {
    id: p.id,
    action: p.action,
    marketplace: p.marketplace,
    items: p.chosen.map(({ listing, verdict }) => ({
      listingId: listing.listingId,
      title: listing.title,
      url: listing.url,
      reasons: verdict?.reasons.filter((r) => r.weight > 0) ?? [],
    })),
  };
}
