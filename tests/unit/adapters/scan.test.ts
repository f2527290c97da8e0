// The scanner's own steps: choosing the encoding, refusing what is not a page, finding the URL.
import { describe, expect, it } from 'vitest';
import { decodeHtml, looksLikeHtml } from '../../../scripts/scan/decode';
import { ScanError, scanBytes } from '../../../scripts/scan/scan-page';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('decodeHtml', () => {
  it('honours a UTF-8 BOM and a UTF-16 BOM', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>é</p>')])).text).toBe('<p>é</p>');
    const le = new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0]);
    expect(decodeHtml(le)).toMatchObject({ text: '<p>', charset: 'utf-16le' });
  });

  it('uses a declared legacy charset when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1252"><p>'), 0xe9, ...utf8('</p>')]);
    expect(decodeHtml(bytes)).toMatchObject({ text: '<meta charset="windows-1252"><p>é</p>', charset: 'windows-1252' });
  });

  it('keeps clean UTF-8 even under a stale legacy meta tag', () => {
    expect(decodeHtml(utf8('<meta charset="gbk"><p>保温杯</p>')).text).toContain('保温杯');
  });
});

describe('scanBytes', () => {
  it('refuses a file that is not HTML', () => {
    expect(() => scanBytes('x.json', utf8('{"a":1}'))).toThrow(ScanError);
  });

  it('asks for --url when the page names no address', () => {
    expect(() => scanBytes('x.html', utf8(page('<title>x</title>')))).toThrow(/--url/);
  });

  it('takes the URL from og:url and reads the page with the generic adapter', () => {
    const html = page(
      '<meta property="og:url" content="https://shop.example/p/kettle-123456"><meta property="og:type" content="product"><meta property="og:title" content="Kettle 1.7 l"><meta property="product:price:amount" content="39.90"><meta property="product:price:currency" content="EUR">',
      '<h1>Kettle 1.7 l</h1>',
    );
    const r = scanBytes('k.html', utf8(html));
    expect(r).toMatchObject({
      url: 'https://shop.example/p/kettle-123456',
      adapter: 'generic',
      page: 'product',
      verdicts: [],
    });
    expect(r.listings[0]).toMatchObject({
      title: 'Kettle 1.7 l',
      price: { amount: 39.9, currency: 'EUR' },
      listingId: '123456',
    });
  });

  it('says so when no adapter finds a listing', () => {
    expect(() =>
      scanBytes('e.html', utf8(page('<title>About us</title>', '<p>hello</p>')), { url: 'https://shop.example/about' }),
    ).toThrow(/no listings/);
  });

  it('looksLikeHtml accepts fragments with a body and rejects JSON', () => {
    expect(looksLikeHtml('  <body><p>x</p></body>')).toBe(true);
    expect(looksLikeHtml('[1,2]')).toBe(false);
  });
});
