import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cardHtml, cards, RESULTS_URL, resultsPage } from '../bench/page-fixture';
import { launchExtension, type Session } from './harness';
import { BADGE, waitForBadges } from './page-helpers';

// An update, reload or removal of the extension orphans the content scripts in open tabs. Here the
// extension reloads itself and (loaded unpacked from the command line) does not come back, as after
// a removal: the orphaned script must take its badges down at the page's next change, without errors.
describe('a content script whose extension is gone', () => {
  let s: Session;
  before(async () => {
    s = await launchExtension();
  });
  after(async () => s?.close());

  it('takes its badges down and stops, leaving nothing broken in the page', async () => {
    const url = `${RESULTS_URL}&gone=1`;
    s.serve([{ url, body: resultsPage({ cards: 12 }) }]);
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const fakes = cards(12).filter((c) => c.fake).length;
    assert.ok(fakes > 0);
    await waitForBadges(page, fakes);

    await s.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    const id = new URL(s.worker.url()).host;
    const probe = await s.context.newPage();
    await assert.rejects(probe.goto(`chrome-extension://${id}/options.html`), /ERR_BLOCKED_BY_CLIENT|ERR_/);
    await probe.close();

    await page.evaluate(
      (html) => document.querySelector('.s-main-slot')?.insertAdjacentHTML('beforeend', html),
      cardHtml(cards(16).slice(12)),
    );
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, BADGE, { timeout: 10_000 });
    assert.equal(await page.locator(BADGE).count(), 0);
    assert.deepEqual(errors, []);
  });
});
