import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cards, RESULTS_URL, resultsPage } from '../bench/page-fixture';
import { launchExtension, type Session } from './harness';
import type { Page } from 'playwright-core';
import {
  type AxNode,
  axTree,
  BADGE,
  badgeIds,
  boxOf,
  contrast,
  pixels,
  tabToBadge,
  waitForBadges,
} from './page-helpers';

// The badge and its panel in a real Chromium: keyboard and outside click inside a card that clips
// its overflow, legibility on a dark page, and what a hostile page can (not) do to it (issue 15).
const FAKES = cards(20).filter((c) => c.fake).length;
const focusedBadge = (x: AxNode) => x.focused && x.role === 'button' && x.name.startsWith('Listing Lens');

/** The accessibility tree once `ok` holds for it (or as it is after two seconds). */
async function until(page: Page, ok: (tree: AxNode[]) => boolean): Promise<AxNode[]> {
  let tree = await axTree(page);
  for (let i = 0; i < 20 && !ok(tree); i++) {
    await page.waitForTimeout(100);
    tree = await axTree(page);
  }
  return tree;
}

describe('the badge and its panel in a real browser', () => {
  let s: Session;
  let n = 0;
  /** Serves `html` at a fresh results URL (one tab each) and opens it. */
  const open = async (html: string) => {
    const url = `${RESULTS_URL}&t=${n++}`;
    s.serve([{ url, body: html }]);
    const page = await s.context.newPage();
    await page.goto(url);
    await waitForBadges(page, FAKES);
    return page;
  };
  before(async () => {
    s = await launchExtension();
  });
  after(async () => s?.close());

  it('opens on Enter as a named dialog above a clipping card, closes on Escape and outside click', async () => {
    const page = await open(resultsPage({ cards: 20, clip: true }));
    await tabToBadge(page);
    const pill = (await axTree(page)).find((x) => x.focused && x.role === 'button')!;
    assert.match(pill.name, /^Listing Lens: Suspect/);
    assert.ok(pill.description.length > 0, 'focus gives the one-line reason as the description');
    await page.keyboard.press('Enter');
    let dialog = (await axTree(page)).find((x) => x.role === 'dialog');
    assert.ok(dialog, 'a dialog opened');
    assert.match(dialog.name, /^Listing Lens: Suspect \(\d+\/100\)$/);
    assert.ok(
      (await axTree(page)).some((x) => x.focused && x.role === 'dialog'),
      'focus moved into the dialog',
    );
    // Not clipped: the card is 96px high with overflow hidden, the dialog reaches well below it and
    // is what a click at its centre hits (the top layer, seen from the page as the badge's host).
    const box = await boxOf(page, dialog.backendId!);
    const cardBottom = await page.evaluate(
      () => document.activeElement!.closest('.s-result-item')!.getBoundingClientRect().bottom,
    );
    assert.ok(box.bottom > cardBottom + 40, `dialog ${JSON.stringify(box)} below card bottom ${cardBottom}`);
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.hasAttribute('data-listing-lens-badge') ?? false,
      [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
    );
    assert.equal(hit, true);
    await page.keyboard.press('Escape');
    // The panel closes on the toggle event (a task after the key): wait for it, then for the focus.
    const afterEscape = await until(page, (t) => !t.some((x) => x.role === 'dialog') && t.some(focusedBadge));
    assert.equal(afterEscape.filter((x) => x.role === 'dialog').length, 0);
    assert.match(afterEscape.find(focusedBadge)?.name ?? '', /^Listing Lens: Suspect/, 'focus back on the badge');
    await page.keyboard.press('Enter');
    dialog = (await axTree(page)).find((x) => x.role === 'dialog');
    assert.ok(dialog);
    await page.mouse.click(1200, 10);
    const afterClick = await until(page, (t) => !t.some((x) => x.role === 'dialog'));
    assert.equal(afterClick.filter((x) => x.role === 'dialog').length, 0, 'outside click closed it');
    await page.close();
  });

  it('hides the badges about one brand for the page from the panel, named as the pack names the brand', async () => {
    const page = await open(resultsPage({ cards: 20 }));
    const before = await badgeIds(page);
    const first = await tabToBadge(page);
    await page.keyboard.press('Enter');
    let named = '';
    for (let i = 0; i < 8 && !named; i++) {
      await page.keyboard.press('Tab');
      const focused = (await axTree(page)).find((x) => x.focused && x.role === 'button');
      if (focused && /^Hide badges about /.test(focused.name)) named = focused.name;
    }
    assert.equal(named, 'Hide badges about Bose on this page', 'the brand in words, not its id');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !document.querySelector(`[data-listing-lens-badge="${id}"]`), first);
    const after = await badgeIds(page);
    assert.ok(after.length > 0 && after.length < before.length, `${before.length} badges, then ${after.length}`);
    assert.ok(after.every((id) => before.includes(id)));
    await page.close();
  });

  it('stays legible on dark, light and brightly coloured pages (its halo contrasts >= 3:1 with the page)', async () => {
    const pages = [
      { name: 'dark', dark: true },
      { name: 'light' },
      // Saturated shop colours, one like each badge level's own, and the mid grey where neither ring is strongest.
      ...['#e53935', '#ff6d00', '#ffd600', '#2e7d32', '#1565c0', '#8e24aa', '#777777'].map((background) => ({
        name: background,
        background,
      })),
    ];
    for (const { name, ...look } of pages) {
      const page = await open(resultsPage({ cards: 20, ...look }));
      const b = await page.locator(BADGE).first().boundingBox();
      assert.ok(b && b.width > 20 && b.height >= 14, `a visible pill: ${JSON.stringify(b)}`);
      const y = b.y + b.height / 2;
      const [bg, inner, outer] = await pixels(page, [
        [b.x - 12, y],
        [b.x - 1, y],
        [b.x - 3, y],
      ]);
      const best = Math.max(contrast(inner, bg), contrast(outer, bg));
      assert.ok(best >= 3, `halo contrast ${best.toFixed(2)} on ${name} (bg ${bg})`);
      await page.close();
    }
  });

  it('reveals nothing the page can read until opened: no text, no level, window.find finds nothing', async () => {
    const page = await open(resultsPage({ cards: 20 }));
    const seen = await page.evaluate((sel) => {
      const hosts = Array.from(document.querySelectorAll(sel));
      return {
        found: ['Suspect', 'Listing Lens', 'Signals'].map((w) =>
          (window as unknown as { find(s: string): boolean }).find(w),
        ),
        text: hosts.map((h) => h.textContent).join(''),
        attrs: [...new Set(hosts.flatMap((h) => h.getAttributeNames()))].sort(),
        shadow: hosts.map((h) => (h as HTMLElement).shadowRoot),
      };
    }, BADGE);
    assert.deepEqual(seen.found, [false, false, false]);
    assert.equal(seen.text, '');
    assert.deepEqual(seen.attrs, ['data-listing-lens-badge', 'style']);
    assert.ok(seen.shadow.every((r) => r === null));
    await page.close();
  });

  it('survives page CSS aimed at it and a page that squats the old custom element name', async () => {
    const hostile = `<style>[data-listing-lens-badge], span { display: none !important; visibility: hidden !important;
      opacity: 0 !important; width: 0 !important }</style><script>
      customElements.define('listing-lens-badge', class extends HTMLElement {
        constructor() { super(); window.__squatted = true; this.attachShadow({ mode: 'open' }); } });
    </script>`;
    const page = await open(resultsPage({ cards: 20, extraHead: hostile }));
    const state = await page.locator(BADGE).evaluateAll((els) =>
      els.map((e) => ({
        visible: e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        w: e.getBoundingClientRect().width,
      })),
    );
    assert.equal(state.length, FAKES);
    assert.ok(
      state.every((x) => x.visible && x.w > 20),
      JSON.stringify(state),
    );
    assert.equal(await page.evaluate(() => (window as { __squatted?: boolean }).__squatted ?? false), false);
    await page.close();
  });
});
