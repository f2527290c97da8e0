// Listing files for bulk triage (npm run scan -- --listings): CSV as spreadsheets save it, JSON
// Lines, and bad rows that become row errors with their line number instead of a crash.
import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows, jsonlRows } from '../../../scripts/scan/listing-rows';
import type { ListingRow, RowError } from '../../../scripts/scan/listing-rows';
import { scanListings } from '../../../scripts/scan/listings';

const good = (rows: ReturnType<typeof csvRows>) => rows.filter((r): r is ListingRow => !('error' in r));
const bad = (rows: ReturnType<typeof csvRows>) => rows.filter((r): r is RowError => 'error' in r);

describe('CSV listing files', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = good(
      csvRows('title,price,currency\n"Bose QC45, black ""new""",279,USD\n"Two\nlines",5,EUR\nplain,1,USD\n'),
    );
    expect(rows.map((r) => r.listing.title)).toEqual(['Bose QC45, black "new"', 'Two\nlines', 'plain']);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]); // the quoted line break moves the next row down
    expect(rows[0].listing.price).toEqual({ amount: 279, currency: 'USD' });
  });

  it('drops a UTF-8 BOM and reads semicolon files with decimal commas (European spreadsheets)', () => {
    const rows = good(csvRows('\uFEFFTitle;Price;Currency;Seller\nCanada Goose Parka;1.299,00;EUR;shop;\n'));
    expect(rows[0].listing.title).toBe('Canada Goose Parka');
    expect(rows[0].listing.price).toEqual({ amount: 1299, currency: 'EUR' });
    expect(rows[0].listing.seller?.name).toBe('shop');
  });

  it('reads tab-separated files, CRLF line ends and column names in any case or spacing', () => {
    const rows = good(csvRows('Item Title\tPrice\tCurrency\tMarketplace\r\nHonda EU2200i\t999\tUSD\tAmazon\r\n'));
    expect(rows[0]).toMatchObject({ line: 2, marketplace: 'amazon', listing: { title: 'Honda EU2200i' } });
  });

  it('takes the marketplace from the URL when no column names it', () => {
    const [r] = good(csvRows('title,url\nBose QC45,https://www.ebay.co.uk/itm/123\n'));
    expect(r.marketplace).toBe('ebay');
  });

  it('turns bad rows into errors with their line numbers, and keeps reading', () => {
    const rows = csvRows('title,price,currency\n,5,USD\nok title,abc,USD\nfine,3,USD,extra\nlast,2,USD\n');
    expect(bad(rows)).toEqual([
      { line: 2, error: 'no title' },
      { line: 3, error: 'price "abc" USD is not a price with a currency' },
      { line: 4, error: '4 fields but the header has 3' },
    ]);
    expect(good(rows).map((r) => r.listing.title)).toEqual(['last']);
  });

  it('names a file without a title column, and a quote that never closes', () => {
    expect(csvRows('name_of_thing,price\nx,1\n')).toEqual([
      { line: 1, error: 'no title column; the header names name_of_thing, price' },
    ]);
    expect(bad(csvRows('title\nfine\n"never closed\n'))).toEqual([
      { line: 3, error: 'a quoted field is never closed' },
    ]);
  });
});

describe('JSON Lines listing files', () => {
  it('reads objects with the same field names, and reports lines that are not objects', () => {
    const rows = jsonlRows(
      '{"title":"Bose QC45","price":"279","currency":"USD","seller":"s1","brand":"Bose"}\n\n[1]\n{not json\n{"price":3}\n',
    );
    expect(good(rows)[0]).toMatchObject({ line: 1, listing: { title: 'Bose QC45', brand: 'Bose' } });
    expect(bad(rows).map((r) => [r.line, r.error.split(' (')[0]])).toEqual([
      [3, 'not a JSON object'],
      [4, 'not JSON'],
      [5, 'no title'],
    ]);
  });
});

describe('npm run scan -- --listings', () => {
  it('writes one verdict per row in row order, bad rows included, and exits 1 when some rows were bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'listings-'));
    const file = join(dir, 'export.csv');
    writeFileSync(
      file,
      'title,price,currency\nCanada Goose Expedition Parka replica,89,USD\n,1,USD\nBose QC45 headphones,279,USD\n',
    );
    const out = new PassThrough(),
      err = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const code = await scanListings({ file, format: 'jsonl', rules: null, out, err });
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(code).toBe(1);
    expect(lines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(lines[0]).toMatchObject({ level: 'suspect', brand: 'canada-goose' });
    expect(lines[0].reasons.map((r: { signal: string }) => r.signal)).toContain('coded-wording');
    expect(lines[1]).toEqual({ line: 3, error: 'no title' });
    expect(lines[2]).toMatchObject({ level: 'ok', brand: 'bose' });
  });
});
