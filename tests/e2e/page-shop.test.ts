import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RESULTS_URL, resultsPage } from '../bench/page-fixture';
import { CHROME_BUILD, launchExtension, type Session } from './harness';
import { waitForBadges } from './page-helpers';

// Any shop on demand, and what storage trouble does to a page, in a real Chromium.
// Automation cannot click the toolbar button, which is what grants activeTab; this build copy holds
// the permission activeTab would give for the one test shop (nothing else changes): the popup then
// reads the tab with the general reader exactly as after a click, and "Always read" finds its
// permission already granted instead of prompting.
const SHOP = 'https://shop.example';
const PRODUCT = `${SHOP}/products/parka`;
const shopPage = `<!doctype html><html><head><meta charset="utf-8"><title>Parka | Shop</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Canada G00se Expedition Parka 1:1 Replica AAA Mirror Quality Down Jacket',
  sku: 'CG-REP-1',
  offers: { '@type': 'Offer', price: '149.99', priceCurrency: 'USD' },
})}</script></head><body><h1>Canada G00se Expedition Parka 1:1 Replica AAA Mirror Quality Down Jacket</h1>
<p class="price">$149.99</p></body></html>`;

describe('any shop on demand, and storage trouble, in a real browser', () => {
  let s: Session;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'listing-lens-shop-'));
    cpSync(CHROME_BUILD, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.host_permissions = [...manifest.host_permissions, `${SHOP}/*`];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    s = await launchExtension({ extensionDir: dir });
    s.serve([{ url: PRODUCT, body: shopPage }]);
  });
  after(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a shop without an adapter when the popup opens, and reads it by itself once added', async () => {
    const page = await s.context.newPage();
    await page.goto(PRODUCT);
    assert.equal(await page.locator('[data-listing-lens-badge]').count(), 0, 'nothing runs there on its own');
    const popup = await s.popupFor(page);
    await popup.getByRole('region', { name: 'Verdict' }).waitFor();
    assert.match(await popup.getByRole('region', { name: 'Verdict' }).innerText(), /Suspect/);
    assert.deepEqual(await waitForBadges(page, 1), ['CG-REP-1']);
    await popup.getByRole('button', { name: 'Always read shop.example' }).click();
    await popup.getByText('shop.example will be read automatically').waitFor();
    await popup.close();
    await page.close();

    const again = await s.context.newPage();
    await again.goto(PRODUCT);
    assert.deepEqual(await waitForBadges(again, 1), ['CG-REP-1'], 'read with no click');
    const options = await s.options('#page');
    const remove = options.getByRole('button', { name: `Remove ${SHOP}` });
    await remove.click();
    await remove.waitFor({ state: 'detached' });
    await again.reload();
    await again.waitForTimeout(500);
    assert.equal(await again.locator('[data-listing-lens-badge]').count(), 0, 'removed: not read any more');
    await Promise.all([options.close(), again.close()]);
  });

  it('pauses on one site from the popup at once, in every open tab of it, remembered, and resumes at once', async () => {
    const url = `${RESULTS_URL}&pause=1`;
    const other = `${RESULTS_URL}&pause=2`;
    s.serve([
      { url, body: resultsPage({ cards: 10 }) },
      { url: other, body: resultsPage({ cards: 10 }) },
    ]);
    const page = await s.context.newPage();
    await page.goto(url);
    await waitForBadges(page, 2);
    const second = await s.context.newPage();
    await second.goto(other);
    await waitForBadges(second, 2);
    const badges = (p: typeof page) => p.locator('[data-listing-lens-badge]');
    const noBadges = (p: typeof page) => p.waitForFunction(() => !document.querySelector('[data-listing-lens-badge]'));

    const popup = await s.popupFor(page);
    const pause = popup.getByRole('checkbox', { name: 'Pause Listing Lens on www.amazon.com' });
    await pause.check();
    await popup
      .getByRole('status')
      .getByText(/^Paused:/)
      .waitFor();
    // No reload: both open tabs of the site lose their badges as soon as the switch is set.
    await Promise.all([noBadges(page), noBadges(second)]);
    await page.reload();
    await page.waitForTimeout(800);
    assert.equal(await badges(page).count(), 0, 'still paused after a reload');

    await popup.reload();
    await pause.uncheck();
    await popup
      .getByRole('status')
      .getByText(/^Resumed:/)
      .waitFor();
    assert.ok((await waitForBadges(page, 2)).length >= 2, 'badges back without a reload');
    await waitForBadges(second, 2);
    await Promise.all([popup.close(), page.close(), second.close()]);
  });

  it('shows and hides the quiet "checked" mark on open pages as soon as the setting changes', async () => {
    const url = `${RESULTS_URL}&checked=1`;
    s.serve([{ url, body: resultsPage({ cards: 10 }) }]);
    const page = await s.context.newPage();
    await page.goto(url);
    await waitForBadges(page, 2);
    const options = await s.options('#page');
    const setting = options.getByRole('checkbox', { name: 'Mark listings that were checked and found fine' });
    await setting.check();
    // Every card read and found fine gets its mark, without reloading the page.
    await waitForBadges(page, 10);
    await setting.uncheck();
    await waitForBadges(page, 2);
    await Promise.all([options.close(), page.close()]);
  });

  it('returns verdicts when session storage is full, and counts the refused write in diagnostics', async () => {
    await s.worker.evaluate(() => chrome.storage.session.set({ filler: 'x'.repeat(10_480_000) }));
    s.serve([{ url: RESULTS_URL, body: resultsPage({ cards: 20 }) }]);
    const page = await s.context.newPage();
    await page.goto(RESULTS_URL);
    assert.equal((await waitForBadges(page, 4)).length, 4, 'badges although nothing could be stored');
    const options = await s.options('#diagnostics');
    // Diagnostics sit behind a disclosure: open it after every load.
    const open = () => options.getByText('Show diagnostics').click();
    await open();
    const status = options.getByRole('status', { name: 'Tab results not stored' });
    for (let i = 0; i < 30 && !/[1-9]/.test(await status.innerText()); i++) {
      await options.reload();
      await open();
    }
    assert.match(await status.innerText(), /stored: [1-9]/);
    await s.worker.evaluate(() => chrome.storage.session.remove('filler'));
    await Promise.all([options.close(), page.close()]);
  });
});
