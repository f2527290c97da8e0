// Flags name the listing the user saw, not one a seller's page pointed at, and a save the worker
// finished but never answered is found on retry instead of being written twice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { openDb } from '../../../utils/db';
import type { Request } from '../../../utils/messages';
import { flagHandlers, type FlagContext } from '../../../utils/cases/handlers';
import { listingUrlForFlag } from '../../../utils/cases/listing-url';

const PAGE = 'https://www.amazon.com/dp/B0DEMO0SUS';
const listing = {
  title: 'Bose QC45 replica',
  price: null,
  seller: null,
  brand: null,
  listingId: 'B0DEMO0SUS',
  url: PAGE,
  image: null,
  condition: null,
  sponsored: null,
};
const create = (over: Partial<Request<'ui:flag-create'>> = {}): Request<'ui:flag-create'> => ({
  requestId: 'req-0001-abcd',
  url: PAGE,
  marketplace: 'amazon',
  listing,
  verdict: null,
  type: 'COUNTERFEIT' as const,
  note: '',
  testBuy: null,
  capture: { tabId: 5, pageUrl: PAGE },
  ...over,
});
const tabAt = (url: string) => {
  (browser.tabs as any).get = vi.fn(async () => ({ id: 5, windowId: 1, active: true, url }));
};

let ctx: FlagContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = { db: openDb(`flag-safety-${Math.random()}`), senderUrl: 'chrome-extension://x/popup.html', tabId: null };
  tabAt(PAGE);
  (browser.tabs as any).captureVisibleTab = vi.fn(async () => {
    throw new Error('no activeTab');
  });
  (browser.scripting as any).executeScript = vi.fn(async () => [
    { frameId: 0, result: { html: '<p>x</p>', url: PAGE, title: 'x' } },
  ]);
});

describe('listing URLs come from the page the listing was seen on', () => {
  it.each([
    // [what the form sends, tab address, marketplace, ok or the refusal]
    ['https://www.ebay.com/itm/123456789012', PAGE, 'amazon', PAGE], // product page: the tab names the listing
    ['https://www.ebay.com/itm/123456789012', 'https://www.amazon.com/s?k=bose', 'amazon', /not on the marketplace/],
    [
      'https://www.amazon.com/dp/B0OTHER001',
      'https://www.amazon.com/s?k=bose',
      'amazon',
      'https://www.amazon.com/dp/B0OTHER001',
    ],
    [
      'https://www.amazon.de/dp/B0OTHER001',
      'https://www.amazon.com/s?k=bose',
      'amazon',
      'https://www.amazon.de/dp/B0OTHER001',
    ],
    ['https://www.ebay.com/itm/123456789012', 'https://shop.example/p/1', 'other', /not on the marketplace/],
    ['https://shop.example/p/2', 'https://www.shop.example/p/1', 'other', 'https://shop.example/p/2'],
    ['https://www.ebay.com/itm/123456789012', null, 'amazon', /not on the marketplace/], // tab gone: the form's marketplace
    ['https://www.ebay.com/itm/123456789012', null, 'ebay', 'https://www.ebay.com/itm/123456789012'],
  ])('%s seen on %s (%s)', (asked, tab, market, want) => {
    const r = listingUrlForFlag(asked, 'B0DEMO0SUS', market, tab);
    if (typeof want === 'string') expect(r).toEqual({ ok: true, url: want });
    else expect(r).toMatchObject({ ok: false, error: expect.stringMatching(want) });
  });

  it("a search page that names another marketplace's item saves nothing", async () => {
    tabAt('https://www.amazon.com/s?k=bose');
    const r = await flagHandlers['ui:flag-create'](
      create({
        url: 'https://www.ebay.com/itm/123456789012',
        capture: { tabId: 5, pageUrl: 'https://www.amazon.com/s?k=bose' },
      }),
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/ebay\.com/) });
    expect(await ctx.db.flags.count()).toBe(0);
  });

  it('a product page whose canonical link names another listing is flagged at its own address', async () => {
    const r = await flagHandlers['ui:flag-create'](create({ url: 'https://www.ebay.com/itm/123456789012' }), ctx);
    expect(r.ok).toBe(true);
    expect((await ctx.db.flags.toArray()).map((f) => f.url)).toEqual([PAGE]);
  });
});

describe('a retried save', () => {
  it('finds the flag saved before the worker stopped, with its evidence, and writes no duplicate', async () => {
    const first = await flagHandlers['ui:flag-create'](create(), ctx);
    const again = await flagHandlers['ui:flag-create'](create(), ctx);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.flagId).toBe(first.flagId);
    expect(await ctx.db.flags.count()).toBe(1);
    expect(await ctx.db.evidence.count()).toBe(2); // snapshot and fields, taken once
    expect(again.capture).toMatchObject({ ok: true, evidence: [{ kind: 'snapshot' }, { kind: 'fields' }] });
  });

  it('takes the evidence when the worker stopped before any was stored', async () => {
    const first = await flagHandlers['ui:flag-create'](create(), ctx);
    await ctx.db.evidence.clear();
    const again = await flagHandlers['ui:flag-create'](create(), ctx);
    expect(again).toMatchObject({ ok: true, flagId: (first as { flagId: number }).flagId, capture: { ok: true } });
    expect(await ctx.db.evidence.count()).toBe(2);
  });

  it('a new request id for a listing with an open case opens that case (one open flag per listing and role)', async () => {
    const first = await flagHandlers['ui:flag-create'](create(), ctx);
    const again = await flagHandlers['ui:flag-create'](create({ requestId: 'req-0002-abcd' }), ctx);
    expect(again).toMatchObject({ ok: true, reopened: true, flagId: (first as { flagId: number }).flagId });
    expect(await ctx.db.flags.count()).toBe(1);
  });
});
