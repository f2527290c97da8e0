import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Listing } from '../../utils/types';
import { launchExtension, type Session, waitForTabState } from './harness';
import { waitForBadges } from './page-helpers';

// A marketplace page its adapter cannot read (a layout it was not written for): the marketplace's content
// script asks the background for the general readers, which are loaded into that tab only then, and the
// page is read and badged as the scanner reads it ("amazon+generic").
const URL_ = 'https://www.amazon.com/deals?lazy=1';
const tile = (asin: string, title: string, price: string) =>
  `<li class="tile"><a href="/dp/${asin}"><span class="name">${title}</span></a><span class="amount">${price}</span></li>`;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Deals</title></head><body><main>
<h1>Deals on headphones</h1><ul class="grid">
${tile('B0LZ000001', 'Studio Wireless Headphones, Black', '$129.00')}
${tile('B0LZ000002', 'Bose QuietComfort 45 replica 1:1 AAA mirror quality headphones', '$19.99')}
${tile('B0LZ000003', 'Sport Earbuds with Charging Case', '$39.50')}
${tile('B0LZ000004', 'Kids Over-Ear Headphones, Blue', '$24.99')}
</ul></main></body></html>`;

describe('the general readers, loaded on demand into a marketplace tab', () => {
  let s: Session;
  before(async () => {
    s = await launchExtension();
  });
  after(async () => s?.close());

  it('read a layout the adapter does not know, once, and badge its suspect card', async () => {
    s.serve([{ url: URL_, body: PAGE }]);
    const page = await s.context.newPage();
    await page.goto(URL_);
    const state = (await waitForTabState(s, page.url())) as { adapter?: string; listings?: Listing[] };
    assert.deepEqual(
      (state.listings ?? []).map((l) => l.listingId),
      ['B0LZ000001', 'B0LZ000002', 'B0LZ000003', 'B0LZ000004'],
    );
    assert.deepEqual(await waitForBadges(page, 1), ['B0LZ000002']);
  });
});
