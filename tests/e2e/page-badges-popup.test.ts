import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoTour, launchExtension, waitForTabState, type Session } from './harness';

// The content script, background and popup, checked in a real Chromium with the built extension:
// badges on suspect listings only, a live service worker, a popup that renders the verdict
// for its tab, and data the background wrote still readable afterwards.
describe('content script, background and popup in a real browser', () => {
  let s: Session;
  const tour = demoTour();
  const byExpect = (e: string) => tour.find((t) => t.expect === e && !t.url.includes('/sch/'))!;

  before(async () => {
    s = await launchExtension();
    s.serve(tour.map((t) => ({ url: t.url, file: t.file })));
  });
  after(async () => s?.close());

  it('has a running service worker', async () => {
    assert.match(s.worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    assert.equal(await s.worker.evaluate(() => typeof chrome.runtime.id), 'string');
  });

  it('badges a suspect listing, inside a closed shadow root', async () => {
    const page = await s.open(byExpect('suspect').url);
    const badge = page.locator('[data-listing-lens-badge]');
    await badge.waitFor({ state: 'attached' });
    assert.equal(await badge.count(), 1);
    assert.equal(await badge.getAttribute('data-listing-lens-badge'), 'B0DEMO0SUS');
    // Closed: the page cannot reach into it.
    assert.equal(await badge.evaluate((el) => el.shadowRoot), null);
    await page.close();
  });

  it('does not badge a genuine listing', async () => {
    const page = await s.open(byExpect('ok').url);
    assert.equal(await page.locator('[data-listing-lens-badge]').count(), 0);
    await page.close();
  });

  it('badges only the suspect listing on a results page', async () => {
    const search = tour.find((t) => t.url.includes('/sch/'))!;
    const page = await s.open(search.url);
    const badges = page.locator('[data-listing-lens-badge]');
    await badges.first().waitFor({ state: 'attached' });
    const ids = await badges.evaluateAll((els) => els.map((e) => e.getAttribute('data-listing-lens-badge')));
    assert.deepEqual(ids, ['395512340002']);
    await page.close();
  });

  it('shows the verdict and reasons in the popup for that tab', async () => {
    const page = await s.open(byExpect('suspect').url);
    const popup = await s.popupFor(page);
    const verdict = popup.getByRole('region', { name: 'Verdict' });
    await verdict.waitFor();
    assert.match(await verdict.innerText(), /Suspect/);
    const reasons = await popup.getByRole('list', { name: 'Main reasons' }).locator('li').allInnerTexts();
    assert.ok(reasons.length >= 2, `expected several reasons, got ${JSON.stringify(reasons)}`);
    assert.match(await verdict.innerText(), /Replica B0SE/);
    await popup.close();
    await page.close();
  });

  it('says so when the site is not supported', async () => {
    s.serve([{ url: 'https://example.org/', body: '<h1>Hello</h1>' }]);
    const page = await s.context.newPage();
    await page.goto('https://example.org/');
    const popup = await s.popupFor(page).catch(async () => {
      // Without host permission the tab's URL is hidden; the popup then shows the active tab.
      const p = await s.context.newPage();
      await p.goto(`chrome-extension://${s.extensionId}/popup.html`);
      return p;
    });
    // Without a dedicated adapter the popup reads the tab with the general reader (activeTab, which a
    // popup opened by URL does not get: the refusal is said in a sentence).
    const status = popup.getByRole('status', { name: 'Reading this shop' });
    await status.getByText(/cannot be read/).waitFor();
    await popup.close();
    await page.close();
  });

  it('shows nothing on a page it cannot read, and says which field is missing', async () => {
    const url = 'https://www.amazon.com/dp/B0BROKEN01';
    s.serve([
      {
        url,
        body: '<!doctype html><html><head><title>Amazon.com</title></head><body><div id="dp" data-asin="B0BROKEN01"><div id="corePriceDisplay_desktop_feature_div"><span class="a-price"><span class="a-offscreen">$19.99</span></span></div></div></body></html>',
      },
    ]);
    const errors: string[] = [];
    const page = await s.context.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await waitForTabState(s, url);
    assert.equal(await page.locator('[data-listing-lens-badge]').count(), 0);
    const popup = await s.popupFor(page);
    const status = popup.getByRole('status', { name: 'Could not read this listing' });
    await status.waitFor();
    assert.match(await status.innerText(), /title/);
    assert.deepEqual(errors, []);
    await popup.close();
    await page.close();
  });

  it('keeps what the background wrote readable afterwards', async () => {
    const rows = await s.worker.evaluate(async () => {
      const open = indexedDB.open('listing-lens');
      const db: IDBDatabase = await new Promise((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      const tx = db.transaction('packs', 'readonly');
      const req = tx.objectStore('packs').getAll();
      const packs: { id: string; active: unknown }[] = await new Promise(
        (ok) => (req.onsuccess = () => ok(req.result)),
      );
      db.close();
      return packs.map((p) => ({ id: p.id, active: p.active }));
    });
    assert.ok(rows.length >= 1, 'the bundled pack is stored in IndexedDB');
    assert.ok(
      rows.some((r) => r.active === 1 || r.active === true),
      'one pack is active',
    );
  });

  it('drops and counts a content message that fails validation', async () => {
    const page = await s.open(byExpect('ok').url);
    const options = await s.options('#diagnostics');
    await options.getByText('Show diagnostics').click();
    const before = Number((await options.getByLabel('Dropped messages').innerText()).match(/\d+/)![0]);
    // A forged privileged message from the extension's own page context is fine; from a page it is not.
    // Here we send a malformed content:page from the options page, which the router must refuse.
    const reply = await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'content:page', payload: { extraction: { bogus: 1 } } }),
    );
    assert.ok(reply && typeof reply === 'object' && 'rejected' in reply);
    await options.reload();
    await options.getByText('Show diagnostics').click();
    const afterText = await options.getByLabel('Dropped messages').innerText();
    assert.ok(Number(afterText.match(/\d+/)![0]) > before);
    await options.close();
    await page.close();
  });
});
