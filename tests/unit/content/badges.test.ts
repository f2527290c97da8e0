// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { findAnchors } from '../../../utils/content/anchor';
import { BADGE_ATTR } from '../../../utils/content/badge';
import { createBadgeRenderer } from '../../../utils/content/render';
import type { Listing, PageKind, Verdict } from '../../../utils/types';

const listing = (id: string, title = `Item ${id}`): Listing => ({
  title,
  price: null,
  seller: null,
  brand: null,
  listingId: id,
  url: null,
  image: null,
  condition: null,
  sponsored: null,
});
const verdict = (id: string, level: Verdict['level'], message = '<img src=x onerror=alert(1)>'): Verdict => ({
  listingId: id,
  level,
  score: level === 'suspect' ? 88 : level === 'watch' ? 45 : 5,
  reasons: [{ signal: 'coded-wording', weight: 40, message, evidence: {} }],
});

function searchPage() {
  document.body.innerHTML = `
    <ul>
      <li data-asin="A1"><a href="/dp/A1"><h2><span>First</span></h2></a><img alt="x"></li>
      <li data-asin="A2"><h2><a href="/dp/A2">Second</a></h2></li>
      <li><a href="/itm/777">Third by link only</a><a href="/itm/777">x</a></li>
    </ul>`;
  return [listing('A1'), listing('A2'), listing('777')];
}

const actions = () => ({ review: vi.fn(), muteOptions: () => ({ seller: null, brand: null }), mute: vi.fn() });
const draw = (listings: Listing[], verdicts: Verdict[], page: PageKind = 'search', checked = false) => {
  const render = createBadgeRenderer(document, actions());
  render.place(verdicts, findAnchors([document], listings, page), checked);
  return render;
};
const badges = () => Array.from(document.querySelectorAll(`[${BADGE_ATTR}]`));

describe('badges', () => {
  it('badges watch and suspect listings at the start of their titles, not ok ones', () => {
    const listings = searchPage();
    draw(listings, [verdict('A1', 'suspect'), verdict('A2', 'ok'), verdict('777', 'watch')]);
    expect(badges().map((b) => b.getAttribute(BADGE_ATTR))).toEqual(['A1', '777']);
    expect(badges()[0].parentElement?.tagName).toBe('H2');
    expect(badges()[1].parentElement?.textContent).toBe('Third by link only');
  });

  it('shows the quiet checked mark on ok listings only when the setting is on', () => {
    const listings = searchPage();
    draw(listings, [verdict('A2', 'ok')], 'search', true);
    expect(badges().map((b) => b.getAttribute(BADGE_ATTR))).toEqual(['A2']);
  });

  it('keeps page text out of markup, its level out of attributes, and its UI in a closed root', () => {
    const listings = searchPage();
    draw(listings, [verdict('A1', 'suspect')]);
    const badge = badges()[0] as HTMLElement;
    expect(badge.shadowRoot).toBeNull();
    expect(badge.tagName).toBe('SPAN');
    expect(badge.getAttributeNames().sort()).toEqual([BADGE_ATTR, 'style']);
    expect(badge.textContent).toBe('');
    expect(badge.getAttribute('style')).toContain('display: inline-block !important');
    expect(document.querySelector('img[src]')).toBeNull();
  });

  it('updates in place, never re-inserts a badge already in place, and removes one no longer flagged', () => {
    const listings = searchPage();
    const render = createBadgeRenderer(document, actions());
    const anchors = findAnchors([document], listings, 'search');
    render.place([verdict('A1', 'watch')], anchors, false);
    const first = badges()[0];
    const moves: MutationRecord[] = [];
    const mo = new MutationObserver((r) => moves.push(...r));
    mo.observe(document.body, { childList: true, subtree: true });
    render.place([verdict('A1', 'suspect')], findAnchors([document], listings, 'search'), false);
    expect(badges()[0]).toBe(first);
    render.place([verdict('A1', 'ok')], anchors, false);
    expect(badges()).toHaveLength(0);
    mo.disconnect();
    // Only the final removal touched the page: the update moved nothing.
    expect(moves.filter((r) => r.addedNodes.length > 0)).toHaveLength(0);
  });

  it('never takes its own badge for a card (the eBay re-insertion loop)', () => {
    document.body.innerHTML =
      '<li class="s-card" data-listingid="123456789012"><div class="s-card__title">T</div></li>';
    const l = [listing('123456789012')];
    draw(l, [verdict('123456789012', 'suspect')]);
    const again = findAnchors([document], l, 'search').get('123456789012');
    expect(again?.className).toBe('s-card__title');
  });

  it('puts the product badge at the start of the product title', () => {
    document.body.innerHTML = '<h1 id="title"><span id="productTitle">Replica thing</span></h1><p>x</p>';
    draw([listing('B1')], [verdict('B1', 'suspect')], 'product');
    expect(document.querySelector('#productTitle')?.firstElementChild?.hasAttribute(BADGE_ATTR)).toBe(true);
  });

  it('lists badges in page order for triage', () => {
    const listings = searchPage();
    const render = draw(listings, [verdict('777', 'watch'), verdict('A1', 'suspect')]);
    expect(render.inPageOrder().map((b) => b.listingId)).toEqual(['A1', '777']);
  });
});
