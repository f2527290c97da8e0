import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cardHtml, cards, RESULTS_URL, resultsPage } from '../bench/page-fixture';
import { DEMO_DIR, launchExtension, waitForTabState, type Session } from './harness';
import { badgeIds, toolbarText, uiMessage, waitForBadges } from './page-helpers';

// Live results pages in a real Chromium: badges only on the suspect cards, cards added by scrolling,
// cards that leave, a card re-rendered unchanged, single-page navigation to a product page, and a page
// that tries to switch the content script off (issue 15). The reviewer's triage: triage.test.ts.
const CARDS = 30;
const first = cards(CARDS);
const fakeIds = (list: typeof first) => list.filter((c) => c.fake).map((c) => c.asin);

describe('live pages in a real browser', () => {
  let s: Session;
  let n = 0;
  const open = async (html: string, path = RESULTS_URL) => {
    const url = `${path}&t=${n++}`;
    s.serve([{ url, body: html }]);
    const page = await s.context.newPage();
    await page.goto(url);
    return { page, url, tabId: await s.tabIdOf(url) };
  };
  const ui = <T>(type: string, payload: unknown) => uiMessage<T>(s, type, payload);
  before(async () => {
    s = await launchExtension();
  });
  after(async () => s?.close());

  it('badges only the suspect cards of a results page, and counts them on the toolbar', async () => {
    const { page, url, tabId } = await open(resultsPage({ cards: CARDS }));
    const ids = await waitForBadges(page, fakeIds(first).length);
    assert.deepEqual(ids, fakeIds(first));
    const state = (await waitForTabState(s, url)) as { verdicts: { listingId: string; level: string }[] };
    const flagged = state.verdicts.filter((v) => v.level !== 'ok').map((v) => v.listingId);
    assert.deepEqual(flagged, fakeIds(first), 'the genuine cards were judged ok');
    assert.equal(await toolbarText(s, tabId), String(ids.length));
    await page.close();
  });

  it('follows cards added by scrolling, cards that leave, and a card re-rendered unchanged', async () => {
    const { page, tabId } = await open(resultsPage({ cards: CARDS, tickMs: 200 }));
    await waitForBadges(page, fakeIds(first).length);
    const more = cards(20, CARDS);
    await page.evaluate((html) => {
      window.scrollTo(0, document.body.scrollHeight);
      document.querySelector('.s-main-slot')!.insertAdjacentHTML('beforeend', html);
    }, cardHtml(more));
    const all = [...fakeIds(first), ...fakeIds(more)];
    assert.deepEqual(await waitForBadges(page, all.length), all);
    // The first ten cards leave (a virtualised list), and one suspect card is rendered again as it was.
    const again = fakeIds(more)[0];
    await page.evaluate((asin) => {
      const cardsEls = document.querySelectorAll('.s-main-slot > [data-asin]');
      for (const c of Array.from(cardsEls).slice(0, 10)) c.remove();
      const card = document.querySelector(`[data-asin="${asin}"]`)!;
      const copy = card.cloneNode(true) as Element;
      copy.querySelector('[data-listing-lens-badge]')?.remove();
      card.replaceWith(copy);
    }, again);
    const left = all.filter((id) => !fakeIds(first.slice(0, 10)).includes(id));
    assert.deepEqual(await waitForBadges(page, left.length), left, 'no duplicates, none for cards that left');
    let text = '';
    for (let i = 0; i < 40 && text !== String(left.length); i++) {
      text = await toolbarText(s, tabId);
      await page.waitForTimeout(100);
    }
    assert.equal(text, String(left.length), 'the toolbar counts what is on the page');
    await page.close();
  });

  it('follows single-page navigation from results to a product page', async () => {
    const { page, tabId } = await open(resultsPage({ cards: 10 }));
    await waitForBadges(page, fakeIds(cards(10)).length);
    const product = readFileSync(join(DEMO_DIR, 'amazon-bose-replica.html'), 'utf8');
    const body = /<body>([\s\S]*)<\/body>/.exec(product)![1];
    await page.evaluate((html) => {
      history.pushState({}, '', '/dp/B0DEMO0SUS');
      document.body.innerHTML = html;
    }, body);
    assert.deepEqual(await waitForBadges(page, 1), ['B0DEMO0SUS']);
    const url = 'https://www.amazon.com/dp/B0DEMO0SUS';
    let state: { kind?: string; page?: string; url?: string } = {};
    for (let i = 0; i < 40 && state.url !== url; i++) {
      state = (await ui('ui:tab-state', { tabId })) as typeof state;
      await page.waitForTimeout(100);
    }
    assert.deepEqual([state.kind, state.page, state.url], ['judged', 'product', url]);
    await page.close();
  });

  it('keeps working when the page dispatches the event that stops a WXT content script', async () => {
    const kill = `<script>
      for (const name of ['amazon', 'content', 'generic']) document.dispatchEvent(new CustomEvent(
        '${s.extensionId}:' + name + ':wxt:content-script-started',
        { detail: { contentScriptName: name, messageId: 'page' } }));
    </script>`;
    const html = resultsPage({ cards: 10 }).replace('</body>', `${kill}</body>`);
    const { page } = await open(html);
    await waitForBadges(page, fakeIds(cards(10)).length);
    await page.evaluate((id) => {
      for (const name of ['amazon', 'content'])
        document.dispatchEvent(
          new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
            detail: { contentScriptName: name, messageId: 'page-again' },
          }),
        );
    }, s.extensionId);
    const more = cards(10, 500);
    await page.evaluate(
      (h) => document.querySelector('.s-main-slot')!.insertAdjacentHTML('beforeend', h),
      cardHtml(more),
    );
    const want = [...fakeIds(cards(10)), ...fakeIds(more)];
    assert.deepEqual(await waitForBadges(page, want.length), want);
    assert.deepEqual(await badgeIds(page), want);
    await page.close();
  });
});
