import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../scripts/scan/decode';
import { parseHtml } from '../../../scripts/scan/document';
import { extractGeneric } from '../../../utils/adapters/generic';
import { readWithFallback } from '../../../utils/adapters/read-with-fallback';
import { adapterFor } from '../../../utils/adapters/registry';
import { listCases } from './fixture-cases';

// A content script reads its page before the general readers are in the tab. What it reads then must be
// either the whole read (the scanner's) or nothing, since nothing is what makes it load them and read
// again: a partial read would be judged and never corrected.
describe('reading before the general readers are loaded', () => {
  const cases = listCases();

  it('has fixture pages to read', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  for (const c of cases) {
    it(`${c.site}/${c.name}: the full read or nothing`, () => {
      const url = new URL(c.info.url);
      const page = parseHtml(decodeHtml(new Uint8Array(readFileSync(join(c.dir, 'page.html')))).text, url.href);
      try {
        const adapter = adapterFor(url);
        const before = readWithFallback(adapter, null, page.doc, url);
        const after = readWithFallback(adapter, extractGeneric, page.doc, url);
        // Nothing read is the other allowed outcome: the content script then loads the general readers.
        if (before.listings.length > 0) expect(before).toEqual(after);
      } finally {
        page.close();
      }
    });
  }

  it('a product page built on structured data waits for the general readers instead of reading half', () => {
    const url = new URL('https://shopee.sg/Demo-Watch-i.123.456');
    const html = `<html><head><script type="application/ld+json">{"@type":"Product","name":"Demo Watch","brand":{"@type":"Brand","name":"Acme"},"offers":{"@type":"Offer","price":"12.50","priceCurrency":"SGD"}}</script></head><body><h1>Demo Watch</h1></body></html>`;
    const page = parseHtml(html, url.href);
    try {
      const adapter = adapterFor(url);
      expect(adapter.id).toBe('shopee');
      expect(adapter.extract(page.doc, url, null).listings).toEqual([]);
      expect(adapter.extract(page.doc, url, extractGeneric).listings[0]).toMatchObject({
        title: 'Demo Watch',
        brand: 'Acme',
        listingId: '456',
        price: { amount: 12.5, currency: 'SGD' },
      });
    } finally {
      page.close();
    }
  });
});
