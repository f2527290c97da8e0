import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/browser';
import { RESULTS_URL, cardHtml, cards, resultsPage } from '../bench/page-fixture';
import { CHROME_BUILD } from './harness';
import { badgeIds, waitForBadges } from './page-helpers';

// A tab that was open before Listing Lens was installed or updated: the browser gives it no content
// script (or leaves an orphaned one), so the background injects the current one. Chromium installs the
// build through the DevTools protocol here (Extensions.loadUnpacked), with the marketplace tab already
// open, and installs it again as an update.
const FIRST = cards(10);
const MORE = cards(10, 10);
const fakeIds = (list: typeof FIRST) => list.filter((c) => c.fake).map((c) => c.asin);

describe('tabs open before an install or an update', () => {
  let context: BrowserContext;
  let cdp: CDPSession;
  let page: Page;
  let profile: string;

  before(async () => {
    profile = mkdtempSync(join(tmpdir(), 'listing-lens-open-tabs-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: ['--enable-unsafe-extension-debugging', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    await context.route(/^https?:\/\//, (route) =>
      route.request().url() === RESULTS_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: resultsPage({ cards: 10 }) })
        : route.abort('internetdisconnected'),
    );
    const browser = context.browser();
    assert.ok(browser, 'the persistent context has its browser');
    cdp = await browser.newBrowserCDPSession();
  });
  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('reads a marketplace tab that was open before the install', async () => {
    page = await context.newPage();
    await page.goto(RESULTS_URL);
    assert.deepEqual(await badgeIds(page), [], 'nothing installed yet');
    await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never);
    assert.deepEqual(await waitForBadges(page, fakeIds(FIRST).length), fakeIds(FIRST));
  });

  it('after an update, the same tab runs the new script once: no duplicate badges, and it follows the page', async () => {
    await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never);
    // The orphaned script takes its badges down at the page's next change; the new one badges what is there.
    await page.evaluate(
      (html) => document.querySelector('.s-main-slot')!.insertAdjacentHTML('beforeend', html),
      cardHtml(MORE),
    );
    const all = [...fakeIds(FIRST), ...fakeIds(MORE)];
    assert.deepEqual(await waitForBadges(page, all.length), all);
    await page.waitForTimeout(500);
    assert.deepEqual(await badgeIds(page), all, 'one badge per suspect card');
  });
});
