import { browser } from 'wxt/browser';
import type { TabState } from '../messages';

// Per-tab results live in the worker's memory and are copied to session storage (which survives
// the service worker being stopped between events and vanishes with the browser session). The copy
// is written after the reply, never before: verdicts do not wait for storage. Session storage holds
// 10 MB for every tab together, so each tab's copy is bounded and a refused write is counted.
const key = (tabId: number) => `tab:${tabId}`;
/** Listings kept in a tab's stored copy: every watch/suspect one first, then ok ones up to this. */
export const STORED_LISTINGS = 150;
/** Bytes (UTF-16 code units of its JSON) a tab's stored copy may take: 40 tabs fit in 10 MB. */
export const STORED_BYTES = 240_000;
const WRITE_DELAY_MS = 200;

const memory = new Map<number, TabState>();
const pending = new Map<number, ReturnType<typeof setTimeout>>();
export const tabStateStats = { failures: 0, lastFailure: null as string | null };

/** Records a tab's state now; the stored copy follows shortly, bounded. */
export function saveTabState(tabId: number, state: TabState): void {
  memory.set(tabId, state);
  clearTimeout(pending.get(tabId));
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      void persist(tabId);
    }, WRITE_DELAY_MS),
  );
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const inMemory = memory.get(tabId);
  if (inMemory) return inMemory;
  try {
    const got = await browser.storage.session.get(key(tabId));
    const stored = (got[key(tabId)] as TabState | undefined) ?? null;
    if (stored) memory.set(tabId, stored);
    return stored;
  } catch {
    return null;
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  clearTimeout(pending.get(tabId));
  pending.delete(tabId);
  await browser.storage.session.remove(key(tabId)).catch(() => undefined);
}

/** Writes the bounded copy; a refusal (quota, storage gone) is counted, never thrown. */
export async function persist(tabId: number): Promise<void> {
  const state = memory.get(tabId);
  if (!state) return;
  try {
    await browser.storage.session.set({ [key(tabId)]: bounded(state) });
  } catch (e) {
    tabStateStats.failures += 1;
    tabStateStats.lastFailure = String((e as Error)?.message ?? e).slice(0, 200);
  }
}

/** The stored form of a state: flagged listings first, then as many ok ones as fit. */
export function bounded(state: TabState): TabState {
  if (state.kind !== 'judged') return state;
  const byId = new Map(state.verdicts.map((v) => [v.listingId, v]));
  const rank = (id: string) => (byId.get(id)?.level === 'ok' ? 1 : 0);
  let kept = [...state.listings].sort((a, b) => rank(a.listingId) - rank(b.listingId)).slice(0, STORED_LISTINGS);
  // Kept in page order, as the popup lists them.
  const keep = () => {
    const ids = new Set(kept.map((l) => l.listingId));
    const listings = state.listings.filter((l) => ids.has(l.listingId));
    return { ...state, listings, verdicts: state.verdicts.filter((v) => ids.has(v.listingId)) };
  };
  let out = keep();
  while (kept.length > 1 && JSON.stringify(out).length > STORED_BYTES) {
    kept = kept.slice(0, Math.floor(kept.length / 2));
    out = keep();
  }
  return out;
}
