import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scanBytes } from '../../scripts/scan/scan-page';
import { CONTENT_MATCHES } from '../../utils/adapters/hosts';
import type { Listing } from '../../utils/types';
import { listCases } from '../unit/adapters/fixture-cases';
import { launchExtension, waitForTabState, type Session } from './harness';

// The scanner reads saved pages with linkedom in Node; the extension reads live pages with
// Chromium's DOM. Both must find the same listings: every fixture page on a marketplace host is
// served at its URL, read by the built extension's content script, and compared with the scan.
const onMarket = (url: string) => {
  const host = new URL(url).hostname;
  return CONTENT_MATCHES.some((p) => {
    const h = /^https:\/\/([^/]+)\/\*$/.exec(p)?.[1] ?? '';
    return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
  });
};

// Saved pages are served as UTF-8 by the harness: legacy-encoded cases are left to the unit tests.
const cases = listCases().filter((c) => onMarket(c.info.url) && !c.info.charset);

const essentials = (ls: readonly Listing[]) =>
  ls.map((l) => ({
    listingId: l.listingId,
    title: l.title,
    price: l.price ? [l.price.amount, l.price.currency] : null,
    seller: l.seller?.name ?? null,
    brand: l.brand,
    sponsored: l.sponsored,
  }));

describe('the scanner and the extension read the same listings', () => {
  let s: Session;

  before(async () => {
    s = await launchExtension();
    // Requests carry no fragment and the browser's own escaping: serve at the normalised address.
    const served = (url: string) => Object.assign(new URL(url), { hash: '' }).href;
    s.serve(cases.map((c) => ({ url: served(c.info.url), body: readFileSync(join(c.dir, 'page.html')) })));
  });
  after(async () => s?.close());

  it('has marketplace fixture pages of both kinds to compare', () => {
    assert.ok(cases.length >= 10, `only ${cases.length} cases`);
  });

  for (const c of cases) {
    it(`${c.site}/${c.name}`, async () => {
      const scan = scanBytes(c.name, new Uint8Array(readFileSync(join(c.dir, 'page.html'))), { url: c.info.url });
      const page = await s.context.newPage();
      await page.goto(c.info.url, { waitUntil: 'load' });
      const state = (await waitForTabState(s, page.url())) as { listings?: Listing[] };
      assert.deepEqual(essentials(state.listings ?? []), essentials(scan.listings.slice(0, 500)));
      await page.close();
    });
  }
});
