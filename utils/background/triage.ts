import { browser } from 'wxt/browser';
import { marketplaceOfHref } from '../adapters/marketplace';
import type { ListingLensDb } from '../db';
import { t } from '../i18n';
import type { Request, Responses } from '../messages';
import { loadProfile } from '../profile';
import { sendToTab } from './send-to-tab';
import { readTabState } from './tab-state';
import {
  claimPending,
  dropPending,
  keepPending,
  type PendingDecision,
  pendingView,
  readPending,
  settlePending,
} from './triage-pending';
import { type Chosen, decidedFine, flagAll, recordFine } from './triage-record';

// Reviewer triage through the commands API: the browser delivers the shortcut, so a page can neither
// see nor fake it. Moving and selecting happen in the page. A decision ("flag", "looks fine") waits for
// the reviewer's reason in the popup, an extension page (consequential actions never happen in the
// marketplace page: clickjacking), and is recorded when they confirm it there.
const TRIAGE_COMMANDS: Record<string, Request<'bg:triage'>['action'] | 'flag' | 'fine'> = {
  'triage-next': 'next',
  'triage-previous': 'previous',
  'triage-select': 'select',
  'triage-flag': 'flag',
  'triage-fine': 'fine',
};

/**
 * Who asks for the reason: the popup, opened by the command (a command counts as a user action), or
 * the extension page that sent the command (`ui:triage`), which shows the decision itself.
 */
export type ReasonPrompt = 'popup' | 'caller';

/** The page's answer, checked against its schema; a tab that cannot answer concerns no listing. */
const ask = (tabId: number, m: Request<'bg:triage'>) =>
  sendToTab(tabId, 'bg:triage', m).catch(() => ({ listingIds: [] as string[] }));

export async function handleTriageCommand(
  db: ListingLensDb,
  command: string,
  tabId: number | undefined,
  prompt: ReasonPrompt = 'popup',
): Promise<void> {
  const action = TRIAGE_COMMANDS[command];
  if (!action || tabId === undefined) return;
  if ((await loadProfile(db)).role !== 'reviewer') return;
  if (action === 'select') return void (await ask(tabId, { action }));
  // Moving also tells the page which of its listings were decided "looks fine" before (another visit).
  if (action !== 'flag' && action !== 'fine')
    return void (await ask(tabId, { action, listingIds: await finesOn(tabId) }));
  const pending = await pick(tabId, action);
  if (!pending) return;
  await keepPending(pending);
  // An open popup cannot be opened again (Chromium says "no active browser window"); it follows the
  // tab's pending decision and shows it.
  if (prompt === 'caller' || (await openPopup()) || (await popupIsOpen())) return;
  // No popup to ask in (an older browser, no focused window): record with the engine's reasons, as
  // before the prompt existed, so the shortcut never dead-ends. The note says they were not the reviewer's.
  if (await claimPending(tabId, pending.id)) {
    await record(db, pending, engineNote);
    await settlePending(pending);
  }
}

async function finesOn(tabId: number): Promise<string[]> {
  const state = await readTabState(tabId);
  if (state?.kind !== 'judged') return [];
  const marketplace = marketplaceOfHref(state.url) ?? state.adapter;
  return decidedFine(
    marketplace,
    state.listings.map((l) => l.listingId),
    500,
  );
}

/** The listings the page hands over (the selected ones, else the current one), as the background judged them. */
async function pick(tabId: number, action: 'flag' | 'fine'): Promise<PendingDecision | null> {
  const picked = (await ask(tabId, { action: 'take' }))?.listingIds ?? [];
  const state = await readTabState(tabId);
  if (picked.length === 0 || state?.kind !== 'judged') return null;
  const chosen: Chosen[] = [];
  for (const id of picked) {
    const listing = state.listings.find((l) => l.listingId === id);
    if (listing) chosen.push({ listing, verdict: state.verdicts.find((v) => v.listingId === id) ?? null });
  }
  if (chosen.length === 0) return null;
  const marketplace = marketplaceOfHref(state.url) ?? state.adapter;
  return { id: crypto.randomUUID(), tabId, action, marketplace, pageUrl: state.url, chosen };
}

async function openPopup(): Promise<boolean> {
  const open = (browser.action as { openPopup?: () => Promise<void> }).openPopup;
  if (typeof open !== 'function') return false;
  try {
    await open.call(browser.action);
    return true;
  } catch {
    return false;
  }
}

async function popupIsOpen(): Promise<boolean> {
  const runtime = browser.runtime as { getContexts?: (f: { contextTypes: string[] }) => Promise<unknown[]> };
  if (typeof runtime.getContexts !== 'function') return false;
  try {
    return (await runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0;
  } catch {
    return false;
  }
}

const engineNote = ({ verdict }: Chosen) =>
  t('page_triage_note', (verdict?.reasons ?? []).map((r) => r.message).join('; ') || '—').slice(0, 4_000);

/** Records the decision and shows it on the page's cards; returns the ids recorded. */
async function record(db: ListingLensDb, p: PendingDecision, noteOf: (c: Chosen) => string): Promise<string[]> {
  const d = { marketplace: p.marketplace, pageUrl: p.pageUrl, chosen: p.chosen, noteOf, tabId: p.tabId };
  const done = p.action === 'flag' ? await flagAll(db, d) : await recordFine(d);
  await ask(p.tabId, { action: p.action === 'flag' ? 'flagged' : 'fine', listingIds: done });
  return done;
}

/** ui:triage-pending — the decision waiting on a tab, for the popup to show first. */
export async function handleTriagePending({ tabId }: Request<'ui:triage-pending'>) {
  const p = await readPending(tabId);
  return p ? pendingView(p) : null;
}

/** ui:triage-confirm — records the decision the reviewer saw, with their reason, exactly once. */
export async function handleTriageConfirm(
  db: ListingLensDb,
  { tabId, decisionId, reason }: Request<'ui:triage-confirm'>,
): Promise<Responses['ui:triage-confirm']> {
  const p = await readPending(tabId);
  if (!p || p.id !== decisionId) return { ok: false, error: t('triage_stale') };
  if (p.action === 'flag' && reason === '') return { ok: false, error: t('triage_reason_needed') };
  if (!(await claimPending(tabId, decisionId))) return { ok: false, error: t('triage_stale') };
  try {
    const recorded = (await record(db, p, () => reason)).length;
    await settlePending(p);
    return { ok: true, recorded };
  } catch (e) {
    // Kept for another try: createFlag finds a listing's open flag instead of making a second one.
    await keepPending(p);
    return { ok: false, error: t('triage_record_failed', String((e as Error)?.message ?? e)) };
  }
}

/** ui:triage-cancel — nothing is recorded; the cards keep their selection for another decision. */
export async function handleTriageCancel({ tabId, decisionId }: Request<'ui:triage-cancel'>) {
  await dropPending(tabId, decisionId);
  return { ok: true as const };
}
