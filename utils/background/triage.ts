import { marketplaceOfHref } from '../adapters/marketplace';
import { createFlag } from '../cases/create';
import { updateFlag } from '../cases/history';
import type { ListingLensDb } from '../db';
import { t } from '../i18n';
import type { Request, TabState } from '../messages';
import { getActiveRow } from '../packs/store';
import { loadProfile } from '../profile';
import type { Listing, Verdict } from '../types';
import { reviewedFineItem } from './page-settings';
import { sendToTab } from './send-to-tab';
import { readTabState } from './tab-state';

// Reviewer triage through the commands API: the browser delivers the shortcut, so a page can neither
// see nor fake it. Moving and selecting happen in the page; decisions are recorded here: "flag" makes
// one flag per listing, all in one case, through the same path as the flag form.
const TRIAGE_COMMANDS: Record<string, Request<'bg:triage'>['action'] | 'decide-flag' | 'decide-fine'> = {
  'triage-next': 'next',
  'triage-previous': 'previous',
  'triage-select': 'select',
  'triage-flag': 'decide-flag',
  'triage-fine': 'decide-fine',
};
const MAX_FINE = 5_000;

/** The page's answer, checked against its schema; a tab that cannot answer concerns no listing. */
const ask = (tabId: number, m: Request<'bg:triage'>) =>
  sendToTab(tabId, 'bg:triage', m).catch(() => ({ listingIds: [] as string[] }));

export async function handleTriageCommand(db: ListingLensDb, command: string, tabId: number | undefined) {
  const action = TRIAGE_COMMANDS[command];
  if (!action || tabId === undefined) return;
  if ((await loadProfile(db)).role !== 'reviewer') return;
  if (action !== 'decide-flag' && action !== 'decide-fine') return void (await ask(tabId, { action }));
  const picked = (await ask(tabId, { action: 'take' }))?.listingIds ?? [];
  const state = await readTabState(tabId);
  if (picked.length === 0 || state?.kind !== 'judged') return;
  const chosen = picked
    .map((id) => ({ listing: state.listings.find((l) => l.listingId === id), verdict: verdictOf(state, id) }))
    .filter((c): c is { listing: Listing; verdict: Verdict | null } => c.listing !== undefined);
  const done =
    action === 'decide-flag'
      ? await flagAll(db, state, chosen)
      : await recordFine(
          state,
          chosen.map((c) => c),
        );
  await ask(tabId, { action: action === 'decide-flag' ? 'flagged' : 'fine', listingIds: done });
}

const verdictOf = (s: Extract<TabState, { kind: 'judged' }>, id: string) =>
  s.verdicts.find((v) => v.listingId === id) ?? null;
const noteOf = (v: Verdict | null) =>
  t('page_triage_note', (v?.reasons ?? []).map((r) => r.message).join('; ') || '—').slice(0, 4_000);

async function flagAll(
  db: ListingLensDb,
  state: Extract<TabState, { kind: 'judged' }>,
  chosen: { listing: Listing; verdict: Verdict | null }[],
): Promise<string[]> {
  const marketplace = marketplaceOfHref(state.url) ?? state.adapter;
  const packId = (await getActiveRow(db).catch(() => null))?.id ?? null;
  const caseId = `triage-${new Date().toISOString().slice(0, 19)}-${marketplace}`;
  const done: string[] = [];
  for (const { listing, verdict } of chosen) {
    const made = await createFlag(
      db,
      {
        url: listing.url ?? state.url,
        marketplace,
        listing,
        verdict,
        type: 'COUNTERFEIT',
        note: noteOf(verdict),
        testBuy: null,
        capture: null,
      },
      packId,
    );
    if (!made.ok) continue;
    if (chosen.length > 1) await updateFlag(db, { id: made.flagId, caseId });
    done.push(listing.listingId);
  }
  return done;
}

async function recordFine(
  state: Extract<TabState, { kind: 'judged' }>,
  chosen: { listing: Listing; verdict: Verdict | null }[],
): Promise<string[]> {
  const marketplace = marketplaceOfHref(state.url) ?? state.adapter;
  const now = Date.now();
  const item = reviewedFineItem();
  const rows = chosen.map(({ listing, verdict }) => ({
    marketplace,
    listingId: listing.listingId,
    url: listing.url,
    title: listing.title,
    note: noteOf(verdict),
    decidedAt: now,
  }));
  const kept = (await item.getValue()).filter((r) => !rows.some((n) => n.listingId === r.listingId));
  await item.setValue([...kept, ...rows].slice(-MAX_FINE));
  return rows.map((r) => r.listingId);
}
