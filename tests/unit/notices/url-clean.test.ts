import { describe, expect, it } from 'vitest';
import { URL_RULES, cleanListingUrl, stripTracking } from '../../../utils/notices/url-clean';

describe('listing URL rules', () => {
  for (const rule of URL_RULES) {
    it(`${rule.marketplace}: examples are listings here and nothing for the other rules`, () => {
      for (const url of rule.examples.listing) {
        const r = cleanListingUrl(url);
        expect(r, url).toMatchObject({ ok: true, marketplace: rule.marketplace });
        for (const other of URL_RULES.filter((o) => o !== rule))
          expect(other.host.test(new URL(url).hostname), `${other.marketplace} claims ${url}`).toBe(false);
      }
      for (const url of rule.examples.shop)
        expect(cleanListingUrl(url), url).toMatchObject({ ok: false, reason: 'shop' });
    });
  }

  it.each([
    [
      'https://www.amazon.com/Bose-QuietComfort/dp/B0CCZ26B5V/ref=sr_1_3?tag=aff-20&psc=1',
      'https://www.amazon.com/dp/B0CCZ26B5V',
      'B0CCZ26B5V',
    ],
    [
      'https://www.ebay.co.uk/itm/Bose-QC45-Headphones/256123456789?_trksid=p1&hash=item3b#x',
      'https://www.ebay.co.uk/itm/256123456789',
      '256123456789',
    ],
    [
      'https://m.aliexpress.com/item/1005006123456789.html?spm=a&algo_pvid=b',
      'https://www.aliexpress.com/item/1005006123456789.html',
      '1005006123456789',
    ],
    [
      'https://item.taobao.com/item.htm?spm=a21n57&id=623456789012&ns=1',
      'https://item.taobao.com/item.htm?id=623456789012',
      '623456789012',
    ],
    [
      'https://www.etsy.com/de/listing/1234567890/slug?ref=sr_gallery',
      'https://www.etsy.com/listing/1234567890',
      '1234567890',
    ],
    [
      'https://www.walmart.com/ip/Bose-QC45/123456789?athbdg=L1600',
      'https://www.walmart.com/ip/123456789',
      '123456789',
    ],
  ])('cleans %s', (raw, url, listingId) => {
    expect(cleanListingUrl(raw)).toMatchObject({ ok: true, url, listingId });
  });

  it('rejects search pages, other schemes and garbage with a message', () => {
    expect(cleanListingUrl('https://www.amazon.com/s?k=bose')).toMatchObject({ ok: false, reason: 'not-listing' });
    expect(cleanListingUrl('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'invalid' });
    const r = cleanListingUrl('not a url');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not a web address/);
  });

  it('strips tracking and session parameters on unknown shops, keeps the rest', () => {
    expect(
      cleanListingUrl('https://shop.example/p/42?utm_source=x&fbclid=y&variant=blue&sessionid=abc#reviews'),
    ).toMatchObject({ ok: true, url: 'https://shop.example/p/42?variant=blue', marketplace: 'other' });
    expect(stripTracking('https://u:p@x.example/a?gclid=1&id=7')).toBe('https://x.example/a?id=7');
  });
});
