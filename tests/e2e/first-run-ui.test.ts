import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoTour, launchExtension, type Session } from './harness';
import { readStore } from './idb';
import { POPUP_MAX_HEIGHT, axeViolations, popupHeight, resultsPage } from './ui-fit';

// First run and the everyday UI in a real Chromium: onboarding on install, a popup that fits
// Chrome's 600 px, results that filter and lead to the listing, and axe-core in light and dark.
describe('first run and everyday UI', () => {
  let s: Session;
  const tour = demoTour();
  const suspect = tour.find((t) => t.expect === 'suspect' && t.url.includes('/dp/'))!;
  const resultsUrl = 'https://www.ebay.com/sch/i.html?_nkw=canada+goose+parka&_ipg=60';

  before(async () => {
    s = await launchExtension();
    s.serve([...tour.map((t) => ({ url: t.url, file: t.file })), { url: resultsUrl, body: resultsPage(60) }]);
  });
  after(async () => s?.close());

  async function extensionPage(path: string): Promise<Page> {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/${path}`);
    return page;
  }

  async function onboardingTab(): Promise<Page> {
    for (let i = 0; i < 100; i++) {
      const found = s.context.pages().find((p) => p.url().endsWith('/onboarding.html'));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('onboarding never opened');
  }

  it('opens onboarding on a fresh install and stores the chosen role and profile', async () => {
    const page = await onboardingTab();
    await page.getByRole('radio', { name: /Brand staff/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(
      await page.getByRole('heading', { name: 'Your details' }).evaluate((h) => h === document.activeElement),
      true,
    );
    // The brand role needs the organisation and the rights, and says so beside each empty field.
    await page.getByRole('button', { name: 'Next' }).click();
    assert.equal(await page.getByText('Fill this in: notices for your role need it.').count(), 4);
    await page.getByLabel(/Full name/).fill('Ana Silva');
    await page.getByLabel(/Organisation/).fill('Bose Corporation');
    await page.getByLabel(/Email/).fill('ana@example.com');
    await page.getByLabel(/Rights you hold/).fill('Bose: US TM 1234567');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'What the badges mean' }).waitFor();
    const [{ value: stored }] = await readStore<{ value: Record<string, string> }[]>(s.worker, 'settings', 'getAll');
    assert.deepEqual(
      [stored.role, stored.name, stored.organisation, stored.rights],
      ['rights-holder', 'Ana Silva', 'Bose Corporation', 'Bose: US TM 1234567'],
    );
  });

  it('fits the product verdict and the flag form in 600 px, focusing the form', async () => {
    const page = await s.open(suspect.url);
    const popup = await s.popupFor(page);
    await popup.getByRole('region', { name: 'Verdict' }).waitFor();
    const product = await popupHeight(popup);
    await popup.getByRole('button', { name: 'Flag this listing' }).click();
    // Focus moves after the form renders; wait for it rather than racing the effect.
    await popup.waitForFunction(() => document.activeElement?.id === 'll-type', null, { timeout: 5_000 });
    assert.equal(await popup.evaluate(() => document.activeElement?.id), 'll-type', 'focus goes into the flag form');
    const form = await popupHeight(popup);
    console.log(`popup heights: product view ${product} px, flag form ${form} px`);
    assert.ok(product <= POPUP_MAX_HEIGHT, `product view is ${product} px`);
    assert.ok(form <= POPUP_MAX_HEIGHT, `flag form is ${form} px`);
    await popup.close();
    await page.close();
  });

  it('lists 60 results in 600 px, filters to suspect ones and scrolls the page to a listing', async () => {
    const page = await s.open(resultsUrl);
    const popup = await s.popupFor(page);
    const list = popup.getByRole('list', { name: 'Listings, worst first' });
    await list.waitFor();
    const height = await popupHeight(popup);
    console.log(`popup height: 60-listing results ${height} px`);
    assert.ok(height <= POPUP_MAX_HEIGHT, `results view is ${height} px`);
    assert.equal(await list.getByRole('listitem').count(), 60);
    await popup.getByRole('checkbox', { name: 'Suspect only' }).check();
    const rows = await list.getByRole('listitem').allInnerTexts();
    assert.equal(rows.length, 12);
    assert.ok(
      rows.every((r) => /^Suspect/.test(r) && /Replica/.test(r)),
      JSON.stringify(rows.slice(0, 2)),
    );
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await list.getByRole('button', { name: /#58/ }).click();
    const target = page.locator('[data-listing-lens-revealed]');
    await target.waitFor({ state: 'attached' });
    assert.match(await target.innerText(), /#58/);
    assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'the page scrolled down to the listing');
    await popup.close();
    await page.close();
  });

  it('updates the history and the basket live when another page changes them', async () => {
    const options = await s.options('#history');
    const flagsHeading = options.getByRole('heading', { name: /^Flags \(\d+\)$/ });
    await flagsHeading.waitFor();
    const before = Number((await flagsHeading.innerText()).match(/\d+/)![0]);
    const page = await s.open(suspect.url);
    const popup = await s.popupFor(page);
    await popup.getByRole('button', { name: 'Flag this listing' }).click();
    await popup.getByLabel('Infringement type').selectOption('COUNTERFEIT');
    await popup.getByRole('button', { name: 'Save flag' }).click();
    await popup.getByRole('status', { name: 'Flag saved' }).waitFor();
    // No reload: Dexie's liveQuery sees the background's write.
    await options.getByRole('heading', { name: `Flags (${before + 1})` }).waitFor({ timeout: 10_000 });
    const flagId = await s.worker.evaluate(async () => {
      const open = indexedDB.open('listing-lens');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const req = db.transaction('flags').objectStore('flags').getAllKeys();
      const keys: number[] = await new Promise((ok) => (req.onsuccess = () => ok(req.result as number[])));
      db.close();
      return Math.max(...keys);
    });
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'ui:basket', payload: { add: [id] } }), flagId);
    await options.getByRole('button', { name: /Open the case basket \(1\)/ }).waitFor({ timeout: 10_000 });
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('passes axe-core on every extension page, light and dark', async () => {
    const product = await s.open(suspect.url);
    const results = await s.open(resultsUrl);
    const pages: [string, () => Promise<Page>][] = [
      ['popup, product', () => s.popupFor(product)],
      ['popup, results', () => s.popupFor(results)],
      ['options', () => s.options()],
      ['onboarding', () => extensionPage('onboarding.html')],
      ['notice basket', () => extensionPage('notice.html#basket')],
      ['notice composer', () => extensionPage('notice.html#notice=1')],
    ];
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, open] of pages) {
        const page = await open();
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('main, #app > *').first().waitFor();
        await page.waitForTimeout(300);
        for (const v of await axeViolations(page))
          found.push(`${name} (${scheme}): ${v.id} ${JSON.stringify(v.nodes)}`);
        await page.close();
      }
    }
    assert.deepEqual(found, []);
    await product.close();
    await results.close();
  });
});
