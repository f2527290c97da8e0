// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createBadgeRenderer } from '../../../utils/content/render';
import type { Extraction, Listing, Verdict } from '../../../utils/types';

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
      <li data-asin="A1"><h2><a href="/dp/A1">First</a></h2></li>
      <li data-asin="A2"><h2><a href="/dp/A2">Second</a></h2></li>
      <li><a href="/itm/777">Third by link only</a></li>
    </ul>`;
  const extraction: Extraction = {
    adapter: 'amazon',
    page: 'search',
    listings: [listing('A1'), listing('A2'), listing('777')],
    missing: [],
  };
  return extraction;
}

describe('badges', () => {
  it('badges watch and suspect listings next to their titles, and not ok ones', () => {
    const extraction = searchPage();
    const render = createBadgeRenderer(document, vi.fn());
    render(extraction, [verdict('A1', 'suspect'), verdict('A2', 'ok'), verdict('777', 'watch')]);
    const badges = Array.from(document.querySelectorAll('listing-lens-badge'));
    expect(badges.map((b) => [b.getAttribute('data-listing-id'), b.getAttribute('data-level')])).toEqual([
      ['A1', 'suspect'],
      ['777', 'watch'],
    ]);
    expect(badges[0].previousElementSibling?.textContent).toBe('First');
    expect(badges[1].previousElementSibling?.textContent).toBe('Third by link only');
  });

  it('keeps page text out of markup and its UI out of the page (closed root)', () => {
    const extraction = searchPage();
    createBadgeRenderer(document, vi.fn())(extraction, [verdict('A1', 'suspect')]);
    const badge = document.querySelector('listing-lens-badge')!;
    expect(badge.shadowRoot).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('updates in place and removes badges whose listing is no longer suspect', () => {
    const extraction = searchPage();
    const render = createBadgeRenderer(document, vi.fn());
    render(extraction, [verdict('A1', 'watch')]);
    const first = document.querySelector('listing-lens-badge');
    render(extraction, [verdict('A1', 'suspect')]);
    expect(document.querySelector('listing-lens-badge')).toBe(first);
    expect(first?.getAttribute('data-level')).toBe('suspect');
    render(extraction, [verdict('A1', 'ok')]);
    expect(document.querySelectorAll('listing-lens-badge')).toHaveLength(0);
  });

  it('puts the product badge after the product title', () => {
    document.body.innerHTML = '<h1 id="title"><span id="productTitle">Replica thing</span></h1><p>x</p>';
    createBadgeRenderer(document, vi.fn())(
      { adapter: 'amazon', page: 'product', listings: [listing('B1')], missing: [] },
      [verdict('B1', 'suspect')],
    );
    expect(document.querySelector('#productTitle')?.nextElementSibling?.tagName.toLowerCase()).toBe(
      'listing-lens-badge',
    );
  });
});
