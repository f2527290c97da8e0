// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { amazonAdapter } from '../../../utils/adapters/amazon';
import { createPageSession } from '../../../utils/content/page-session';
import { readAdded } from '../../../utils/content/reader';
import { createBadgeRenderer } from '../../../utils/content/render';

// Work proportional to what changed: one message per batch, only new or changed cards, departures
// reported, an unchanged card (even re-rendered) never sent again.
const card = (asin: string, title: string, price = '$20.00') =>
  `<div data-asin="${asin}" data-component-type="s-search-result" class="s-result-item">` +
  `<h2><a href="/dp/${asin}"><span>${title}</span></a></h2>` +
  `<span class="a-price"><span class="a-offscreen">${price}</span></span></div>`;

interface Sent {
  type: string;
  payload: { extraction?: { listings: unknown[] }; added?: { listingId: string }[]; gone?: string[] };
}
let sent: Sent[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    sent.push(m as Sent);
    return Promise.resolve({ verdicts: [] });
  });
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.amazon.com/s?k=x');
  document.body.innerHTML = `<div class="s-main-slot">${card('B000000001', 'One')}${card('B000000002', 'Two')}</div>`;
});

const settle = () => new Promise((r) => setTimeout(r, 0));
const session = () =>
  createPageSession(
    amazonAdapter,
    createBadgeRenderer(document, {
      review: () => {},
      muteOptions: () => ({ seller: null, brand: null }),
      mute: () => {},
    }),
  );
const slot = () => document.querySelector('.s-main-slot')!;
/** Appends cards the way infinite scroll does; returns the added elements (what the observer reports). */
const add = (html: string) => {
  const before = slot().children.length;
  slot().insertAdjacentHTML('beforeend', html);
  return Array.from(slot().children).slice(before);
};

describe('the page session', () => {
  it('sends the whole page once, then only the cards a batch added', async () => {
    const s = session();
    s.readAll();
    s.readAll();
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['content:page']);
    expect(sent[0].payload.extraction?.listings).toHaveLength(2);
    expect(s.readChanges(add(card('B000000003', 'Three') + card('B000000004', 'Four')), false)).toBe(true);
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['content:page', 'content:cards']);
    expect(sent[1].payload.added?.map((l) => l.listingId)).toEqual(['B000000003', 'B000000004']);
  });

  it('never sends an unchanged card again, even re-rendered; sends a changed one and a departure', async () => {
    const s = session();
    s.readAll();
    await settle();
    const old = slot().firstElementChild!;
    const copy = old.cloneNode(true) as Element;
    old.replaceWith(copy);
    s.readChanges([copy], true);
    await settle();
    expect(sent).toHaveLength(1);
    const cheaper = add(card('B000000002', 'Two', '$2.00'));
    slot().children[1].remove();
    s.readChanges(cheaper, true);
    await settle();
    expect(sent[1].payload.added?.map((l) => l.listingId)).toEqual(['B000000002']);
    slot().firstElementChild!.remove();
    s.readChanges([], true);
    await settle();
    expect(sent[2].payload).toEqual({ added: [], gone: ['B000000001'] });
  });
});

describe('reading added cards', () => {
  it('reads an added card on its own, under copies of its ancestors', () => {
    const [el] = add(card('B000000009', 'Nine'));
    expect(readAdded(amazonAdapter, [el], new URL('https://www.amazon.com/s?k=x'))?.map((l) => l.title)).toEqual([
      'Nine',
    ]);
  });

  it('says so when the additions are not results the adapter can read alone', () => {
    const [el] = add('<p><a href="/help">Help</a></p>');
    expect(readAdded(amazonAdapter, [el], new URL('https://www.amazon.com/dp/B000000009'))).toBeNull();
  });
});
