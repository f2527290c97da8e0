import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { reviewedFineItem } from '../../../utils/background/page-settings';
import { saveTabState } from '../../../utils/background/tab-state';
import {
  handleTriageCancel,
  handleTriageCommand,
  handleTriageConfirm,
  handleTriagePending,
} from '../../../utils/background/triage';
import { removeFine } from '../../../utils/background/triage-record';
import { exportHistory } from '../../../utils/cases/history';
import { basketItem } from '../../../utils/cases/settings';
import { type ListingLensDb, openDb } from '../../../utils/db';
import type { Request } from '../../../utils/messages';
import { EMPTY_PROFILE, saveProfile } from '../../../utils/profile';
import type { Listing, Verdict } from '../../../utils/types';

// The decide shortcut keeps a decision for the reviewer's reason and opens the popup; confirming
// records it (one case for several flags), cancelling records nothing, and without a popup the
// decision is recorded at once with the engine's reasons, as before the prompt existed.
const PAGE = 'https://www.amazon.com/s?k=bose';
const listing = (n: number): Listing => ({
  title: `B0SE QC45 replica ${n}`,
  price: { amount: 39, currency: 'USD' },
  seller: null,
  brand: null,
  listingId: `B0TRIAGE0${n}`,
  url: `https://www.amazon.com/dp/B0TRIAGE0${n}`,
  image: null,
  condition: null,
  sponsored: null,
});
const verdict = (n: number): Verdict => ({
  listingId: `B0TRIAGE0${n}`,
  level: 'suspect',
  score: 80,
  reasons: [{ signal: 'coded-wording', weight: 40, message: `"replica" near the brand (${n})`, evidence: {} }],
});

let db: ListingLensDb;
let tabId = 100;
let picked: string[];
let told: Request<'bg:triage'>[];
let openPopup: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`triage-${Math.random()}`);
  tabId += 1;
  picked = [];
  told = [];
  await saveProfile(db, { ...EMPTY_PROFILE, name: 'R', role: 'reviewer' });
  saveTabState(tabId, {
    kind: 'judged',
    url: PAGE,
    adapter: 'amazon',
    page: 'search',
    listings: [1, 2, 3].map(listing),
    verdicts: [1, 2, 3].map(verdict),
    packName: 'Demo',
  });
  // The page's content script: hands over the picked listings and takes note of the outcome.
  (browser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(
    async (_tab: number, m: { payload: Request<'bg:triage'> }) => {
      told.push(m.payload);
      return { listingIds: m.payload.action === 'take' ? picked : (m.payload.listingIds ?? []) };
    },
  );
  openPopup = vi.fn(async () => undefined);
  (browser.runtime as unknown as { getContexts: unknown }).getContexts = undefined;
  (browser.action as unknown as { openPopup: unknown }).openPopup = openPopup;
});

const decide = async (command: 'triage-flag' | 'triage-fine', ids: number[]) => {
  picked = ids.map((n) => `B0TRIAGE0${n}`);
  await handleTriageCommand(db, command, tabId);
  return handleTriagePending({ tabId });
};

describe('reviewer triage decisions', () => {
  it('keeps a flag decision for the reason, then records one flag per listing with that note, together in the case basket', async () => {
    const view = await decide('triage-flag', [1, 2]);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await db.flags.count()).toBe(0);
    expect(view).toMatchObject({ action: 'flag', marketplace: 'amazon' });
    expect(view!.items.map((i) => [i.title, i.reasons.length])).toEqual([
      ['B0SE QC45 replica 1', 1],
      ['B0SE QC45 replica 2', 1],
    ]);
    const r = await handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'Logo misspelt' });
    expect(r).toEqual({ ok: true, recorded: 2 });
    const flags = await db.flags.toArray();
    expect(flags.map((f) => [f.listingId, f.note])).toEqual([
      ['B0TRIAGE01', 'Logo misspelt'],
      ['B0TRIAGE02', 'Logo misspelt'],
    ]);
    // The platform's case number is the user's to enter; the flags go to the basket for one notice.
    expect(flags.map((f) => f.caseId)).toEqual([null, null]);
    expect(await basketItem().getValue()).toEqual(flags.map((f) => f.id));
    expect(told.at(-1)).toEqual({ action: 'flagged', listingIds: ['B0TRIAGE01', 'B0TRIAGE02'] });
    expect(await handleTriagePending({ tabId })).toBeNull();
    // A second confirmation (a double Enter, a stale popup) records nothing more.
    const again = await handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'Logo misspelt' });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already recorded/) });
    expect(await db.flags.count()).toBe(2);
  });

  it('records two concurrent confirmations of one decision once', async () => {
    const view = await decide('triage-flag', [3]);
    const both = await Promise.all([
      handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'a' }),
      handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'b' }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.flags.count()).toBe(1);
  });

  it('refuses a flag without a reason and keeps the decision; "looks fine" may have none', async () => {
    const flag = await decide('triage-flag', [1]);
    const r = await handleTriageConfirm(db, { tabId, decisionId: flag!.id, reason: '' });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Give a reason/) });
    expect((await handleTriagePending({ tabId }))?.id).toBe(flag!.id);
    const fine = await decide('triage-fine', [3]);
    expect(fine!.id).not.toBe(flag!.id);
    expect(await handleTriageConfirm(db, { tabId, decisionId: flag!.id, reason: 'x' })).toMatchObject({ ok: false });
    expect(await handleTriageConfirm(db, { tabId, decisionId: fine!.id, reason: '' })).toEqual({
      ok: true,
      recorded: 1,
    });
    expect(await reviewedFineItem().getValue()).toMatchObject([
      { marketplace: 'amazon', listingId: 'B0TRIAGE03', title: 'B0SE QC45 replica 3', note: '' },
    ]);
    expect(told.at(-1)).toEqual({ action: 'fine', listingIds: ['B0TRIAGE03'] });
    expect(await db.flags.count()).toBe(0);
  });

  it('records nothing when the reviewer cancels', async () => {
    const view = await decide('triage-fine', [1, 2]);
    await handleTriageCancel({ tabId, decisionId: view!.id });
    expect(await handleTriagePending({ tabId })).toBeNull();
    expect(await reviewedFineItem().getValue()).toEqual([]);
    expect(told.map((m) => m.action)).toEqual(['take']);
  });

  it('keeps the decision across a service worker restart (session storage)', async () => {
    const view = await decide('triage-fine', [2]);
    vi.resetModules();
    const fresh = await import('../../../utils/background/triage');
    expect(await fresh.handleTriagePending({ tabId })).toEqual(view);
    expect(await fresh.handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'Sold by the brand' })).toEqual({
      ok: true,
      recorded: 1,
    });
  });

  it('leaves a claimed decision stored until it is recorded: a worker stopped mid-recording can retry', async () => {
    const view = await decide('triage-fine', [1]);
    const pending = await import('../../../utils/background/triage-pending');
    expect(await pending.claimPending(tabId, view!.id)).toMatchObject({ id: view!.id });
    expect(await pending.claimPending(tabId, view!.id)).toBeNull();
    vi.resetModules();
    const fresh = await import('../../../utils/background/triage');
    expect(await fresh.handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'ok' })).toEqual({
      ok: true,
      recorded: 1,
    });
    expect(await fresh.handleTriagePending({ tabId })).toBeNull();
    expect(await fakeBrowser.storage.session.get(`triage-pending:${tabId}`)).toEqual({});
  });

  it.each([
    ['throws', () => Promise.reject(new Error('No active browser window'))],
    ['is missing', undefined],
  ])('records at once with the engine reasons when openPopup %s', async (_, open) => {
    (browser.action as unknown as { openPopup: unknown }).openPopup = open && vi.fn(open);
    expect(await decide('triage-flag', [1, 2])).toBeNull();
    const flags = await db.flags.toArray();
    expect(flags.map((f) => f.note)).toEqual([
      'Reviewer triage: "replica" near the brand (1)',
      'Reviewer triage: "replica" near the brand (2)',
    ]);
    expect(await basketItem().getValue()).toEqual(flags.map((f) => f.id));
  });

  it('keeps the decision for a popup that is already open (it cannot be opened again)', async () => {
    openPopup.mockRejectedValue(new Error('Could not find an active browser window.'));
    const contexts = vi.fn(async () => [{ contextType: 'POPUP' }]);
    (browser.runtime as unknown as { getContexts: unknown }).getContexts = contexts;
    expect(await decide('triage-flag', [1])).toMatchObject({ action: 'flag' });
    expect(contexts).toHaveBeenCalledWith({ contextTypes: ['POPUP'] });
    expect(await db.flags.count()).toBe(0);
    contexts.mockResolvedValue([]);
    expect(await decide('triage-flag', [2])).toBeNull();
    expect(await db.flags.count()).toBe(1);
  });

  it('leaves the showing to the extension page that sent the command, and ignores non-reviewers', async () => {
    picked = ['B0TRIAGE01'];
    await handleTriageCommand(db, 'triage-fine', tabId, 'caller');
    expect(openPopup).not.toHaveBeenCalled();
    expect(await handleTriagePending({ tabId })).toMatchObject({ action: 'fine' });
    await saveProfile(db, { ...EMPTY_PROFILE, role: 'consumer' });
    tabId += 1;
    await handleTriageCommand(db, 'triage-flag', tabId);
    expect(await handleTriagePending({ tabId })).toBeNull();
  });

  it('undoes a "looks fine" decision so the listing can be triaged again', async () => {
    const view = await decide('triage-fine', [1, 2]);
    await handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: 'Authorised reseller' });
    expect(await removeFine({ marketplace: 'amazon', listingId: 'B0TRIAGE01' })).toBe(true);
    expect(await removeFine({ marketplace: 'amazon', listingId: 'B0TRIAGE01' })).toBe(false);
    expect(await removeFine({ marketplace: 'ebay', listingId: 'B0TRIAGE02' })).toBe(false);
    expect((await reviewedFineItem().getValue()).map((r) => [r.listingId, r.note])).toEqual([
      ['B0TRIAGE02', 'Authorised reseller'],
    ]);
    const file = await exportHistory(db, 'json');
    const json = JSON.parse((file.ok && file.text) || '{}');
    expect(json.reviewedFine).toMatchObject([{ listingId: 'B0TRIAGE02', note: 'Authorised reseller' }]);
  });

  it('tells the page, as the reviewer moves, which of its listings were decided "looks fine" before', async () => {
    const view = await decide('triage-fine', [2]);
    await handleTriageConfirm(db, { tabId, decisionId: view!.id, reason: '' });
    await handleTriageCommand(db, 'triage-next', tabId);
    expect(told.at(-1)).toEqual({ action: 'next', listingIds: ['B0TRIAGE02'] });
    await handleTriageCommand(db, 'triage-select', tabId);
    expect(told.at(-1)).toEqual({ action: 'select' });
  });

  it('withdraws an earlier "looks fine" when the listing is flagged', async () => {
    const fine = await decide('triage-fine', [1, 2]);
    await handleTriageConfirm(db, { tabId, decisionId: fine!.id, reason: 'ok' });
    const flag = await decide('triage-flag', [1]);
    await handleTriageConfirm(db, { tabId, decisionId: flag!.id, reason: 'Fake after all' });
    expect((await reviewedFineItem().getValue()).map((r) => r.listingId)).toEqual(['B0TRIAGE02']);
  });

  it("adds the reason to a listing's open flag instead of making a second one, and keeps its case number", async () => {
    const first = await decide('triage-flag', [1]);
    await handleTriageConfirm(db, { tabId, decisionId: first!.id, reason: 'Fake logo' });
    const [flag] = await db.flags.toArray();
    await db.flags.update(flag.id!, { caseId: 'CASE-1' });
    const again = await decide('triage-flag', [1, 2]);
    await handleTriageConfirm(db, { tabId, decisionId: again!.id, reason: 'Seller relisted it' });
    const rows = await db.flags.toArray();
    expect(rows.map((f) => [f.listingId, f.note, f.caseId === 'CASE-1'])).toEqual([
      ['B0TRIAGE01', 'Fake logo\n\nSeller relisted it', true],
      ['B0TRIAGE02', 'Seller relisted it', false],
    ]);
    const third = await decide('triage-flag', [1]);
    await handleTriageConfirm(db, { tabId, decisionId: third!.id, reason: 'Fake logo' });
    expect((await db.flags.get(flag.id!))!.note).toBe('Fake logo\n\nSeller relisted it');
  });
});
