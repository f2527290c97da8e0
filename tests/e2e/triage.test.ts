import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { cards, RESULTS_URL, resultsPage } from '../bench/page-fixture';
import { launchExtension, type Session } from './harness';
import { readStore } from './idb';
import { axTree, uiMessage, waitForBadges } from './page-helpers';

// The reviewer's keyboard triage in a real Chromium: the commands arrive through `ui:triage` (automation
// cannot press a command's keys, which the browser handles above the page), the decision waits for the
// reviewer's reason in the popup, and "looks fine" decisions appear in the Options history, undoable.
const fakes = cards(20).filter((c) => c.fake);
const titleOf = (asin: string) => fakes.find((c) => c.asin === asin)!.title;

interface FlagRow {
  id: number;
  listingId: string;
  caseId: string | null;
  note: string;
}

describe('reviewer triage with the reviewer reason', () => {
  let s: Session;
  let n = 0;
  const ui = <T>(type: string, payload: unknown) => uiMessage<T>(s, type, payload);
  const flags = () => readStore<FlagRow[]>(s.worker, 'flags', 'getAll');
  const fine = async () =>
    ((await s.worker.evaluate(() => chrome.storage.local.get('page-reviewed-fine')))['page-reviewed-fine'] ?? []) as {
      listingId: string;
      note: string;
    }[];
  const openResults = async () => {
    const url = `${RESULTS_URL}&t=${n++}`;
    s.serve([{ url, body: resultsPage({ cards: 20 }) }]);
    const page = await s.context.newPage();
    await page.goto(url);
    const ids = await waitForBadges(page, fakes.length);
    const tabId = await s.tabIdOf(url);
    return { page, ids, tabId, command: (c: string) => ui('ui:triage', { command: c, tabId }) };
  };
  /** Waits until the background's view of the tab's waiting decision is as wanted. */
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 50; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`never: ${what}`);
  };
  const decisionForm = (popup: Page, name: RegExp) => popup.getByRole('form', { name });
  /** The keys go where the focus is: the reason box takes it as the view appears. */
  const reasonFocused = (popup: Page) =>
    until(
      () => popup.getByRole('textbox', { name: 'Your reason' }).evaluate((el) => el === document.activeElement),
      'the reason box has the focus',
    );
  /** Does what decides, and waits for the popup to close itself, as it does once the decision is made. */
  const closing = async (popup: Page, act: () => Promise<unknown>) => {
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await act().catch((e: unknown) => {
      if (!popup.isClosed()) throw e;
    });
    await closed;
  };

  before(async () => {
    s = await launchExtension();
    await s.worker.evaluate(() =>
      chrome.storage.local.set({
        profile: { name: 'R', organisation: '', email: '', phone: '', address: '', role: 'reviewer', signature: '' },
      }),
    );
  });
  after(async () => s?.close());

  it('records "looks fine" and a bulk flag with the reasons the reviewer typed, two flags in the case basket', async () => {
    const { page, ids, command } = await openResults();
    await command('triage-next');
    const dialog = (await axTree(page)).find((x) => x.role === 'dialog');
    assert.match(dialog?.name ?? '', /^Listing Lens: Suspect/, "next opens the first listing's reasons");
    await command('triage-fine');
    assert.deepEqual(await fine(), [], 'nothing is recorded before the reviewer confirms');

    let popup = await s.popupFor(page);
    const fineForm = decisionForm(popup, /^Mark 1 listing as “looks fine”$/);
    await fineForm.waitFor();
    assert.ok(await fineForm.getByRole('link', { name: titleOf(ids[0]) }).isVisible());
    const reason = fineForm.getByRole('textbox', { name: 'Your reason' });
    await reasonFocused(popup);
    // The engine's reasons say why it looked suspect, not why it is fine: the box starts empty.
    assert.equal(await reason.inputValue(), '');
    await popup.keyboard.type('Authorised reseller, checked the seller page');
    await closing(popup, () => popup.keyboard.press('Enter'));
    await until(async () => (await fine()).length === 1, 'the "looks fine" decision is recorded');
    assert.deepEqual(await fine(), [
      { ...(await fine())[0], listingId: ids[0], note: 'Authorised reseller, checked the seller page' },
    ]);

    await command('triage-next');
    await command('triage-select');
    await command('triage-next');
    await command('triage-select');
    await command('triage-flag');
    popup = await s.popupFor(page);
    const flagForm = decisionForm(popup, /^Flag 2 listings as counterfeit, together in the case basket$/);
    await flagForm.waitFor();
    const titles = await flagForm
      .getByRole('list', { name: 'Listings in this decision' })
      .locator('li')
      .allInnerTexts();
    assert.deepEqual(titles, [ids[1], ids[2]].map(titleOf));
    await reasonFocused(popup);
    await popup.keyboard.type('Hologram missing on the box');
    await popup.getByRole('button', { name: 'Flag as counterfeit' }).waitFor();
    await closing(popup, () => popup.keyboard.press('Enter'));
    await until(async () => (await flags()).length === 2, 'two flags are recorded');
    const made = await flags();
    assert.deepEqual(made.map((f) => f.listingId).sort(), [ids[1], ids[2]].sort());
    assert.ok(
      made.every((f) => f.note === 'Hologram missing on the box'),
      JSON.stringify(made),
    );
    assert.deepEqual(
      made.map((f) => f.caseId),
      [null, null],
      "the platform's case number is left for the reviewer",
    );
    const basket = (await s.worker.evaluate(() => chrome.storage.local.get('basket'))).basket as number[];
    assert.deepEqual([...basket].sort(), made.map((f) => f.id).sort(), 'both flags wait in the case basket');
    // Each flag gets the page it was decided on as evidence, as a flag from the popup does.
    const evidence = () => readStore<{ flagId: number; kind: string }[]>(s.worker, 'evidence', 'getAll');
    await until(async () => {
      const got = await evidence();
      return made.every((f) => got.some((e) => e.flagId === f.id && e.kind === 'snapshot'));
    }, 'a snapshot for each triage flag');

    // The page shows the decisions on the cards' badges.
    await until(async () => {
      const names = (await axTree(page)).filter((x) => x.role === 'button').map((x) => x.name);
      return names.filter((x) => /Flagged/.test(x)).length === 2 && names.some((x) => /Looks fine/.test(x));
    }, 'the badges show the decisions');

    // Another visit to the page: moving through it marks the listing decided "looks fine" before.
    const fineMarks = async (p: Page) =>
      (await axTree(p)).filter((x) => x.role === 'button' && /Looks fine/.test(x.name)).length;
    const again = await openResults();
    await again.command('triage-next');
    await until(async () => (await fineMarks(again.page)) === 1, 'the earlier decision is shown on its card');

    // Options › History lists the decision with its reason, and undoes it.
    const options = await s.options('#history');
    const table = options.getByRole('table', { name: '“Looks fine” decisions' });
    const row = table.getByRole('row').filter({ hasText: 'Authorised reseller, checked the seller page' });
    await row.waitFor();
    assert.ok(await row.getByRole('link', { name: titleOf(ids[0]) }).isVisible());
    assert.match(await row.innerText(), /Amazon/);
    await options.getByRole('button', { name: `Undo “looks fine” for ${titleOf(ids[0])}` }).click();
    await options.getByText('No “looks fine” decisions yet', { exact: false }).waitFor();
    assert.equal(await options.getByRole('heading', { name: '“Looks fine” decisions (0)' }).count(), 1);
    assert.deepEqual(await fine(), []);
    await options.close();
    // Undone, the listing is as if never triaged.
    const third = await openResults();
    await third.command('triage-next');
    assert.equal(await fineMarks(third.page), 0);
    for (const p of [page, again.page, third.page]) await p.close();
  });

  it('records nothing when the reviewer cancels (Escape or Cancel), also in a popup already open', async () => {
    const before = (await flags()).length;
    const { page, tabId, command } = await openResults();
    for (const how of ['Escape', 'Cancel'] as const) {
      await command('triage-next');
      await command('triage-flag');
      const popup = await s.popupFor(page);
      await decisionForm(popup, /^Flag 1 listing as counterfeit$/).waitFor();
      await reasonFocused(popup);
      await closing(popup, () =>
        how === 'Escape' ? popup.keyboard.press('Escape') : popup.getByRole('button', { name: 'Cancel' }).click(),
      );
      await until(async () => (await ui('ui:triage-pending', { tabId })) === null, `${how} drops the decision`);
    }
    // Without a waiting decision the popup is its usual self.
    const popup = await s.popupFor(page);
    await popup
      .getByRole('list', { name: /results|listings/i })
      .first()
      .waitFor();
    assert.equal(await popup.getByRole('form').count(), 0);
    // A decision made while the popup is open shows there (an open popup cannot be opened again).
    await command('triage-fine');
    await decisionForm(popup, /^Mark 1 listing as “looks fine”$/).waitFor();
    await reasonFocused(popup);
    await closing(popup, () => popup.keyboard.press('Escape'));
    assert.equal(await ui('ui:triage-pending', { tabId }), null);
    assert.equal((await flags()).length, before);
    assert.deepEqual(await fine(), []);
    await page.close();
  });
});
