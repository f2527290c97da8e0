import { describe, expect, it } from 'vitest';
import { accuracyByPlatform, accuracyWarnings } from '../../../utils/cases/accuracy';
import { csvCell, flagsCsv } from '../../../utils/cases/export';
import { findRelistings, relistedFrom } from '../../../utils/cases/relisting';
import { expiredIds } from '../../../utils/cases/retention';
import type { FlagRow } from '../../../utils/db';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-04T00:00:00Z');
const row = (marketplace: string, status: string, ago = 1) => ({ marketplace, status, createdAt: NOW - ago * DAY });

describe('accuracy', () => {
  it('computes removed/decided and counter-notice rates per platform over 90 days', () => {
    const rows = [
      ...Array.from({ length: 8 }, () => row('amazon', 'removed')),
      row('amazon', 'rejected'),
      row('amazon', 'counter-noticed'),
      row('amazon', 'sent'),
      row('amazon', 'draft'),
      row('amazon', 'rejected', 91),
      row('ebay', 'removed'),
    ];
    const [amazon, ebay] = accuracyByPlatform(rows, NOW);
    expect(amazon).toMatchObject({
      marketplace: 'amazon',
      sent: 11,
      decided: 10,
      removed: 8,
      counterNoticed: 1,
      removedRate: 0.8,
    });
    expect(amazon.counterRate).toBeCloseTo(1 / 11);
    expect(ebay).toMatchObject({ removedRate: 1, counterRate: 0 });
    const w = accuracyWarnings(amazon);
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/Only 80% .* \(8 of 10\); platforms expect at least 90%/);
    expect(w[1]).toMatch(/9.1% .* counter-notice .* above 5%/);
    expect(accuracyWarnings(ebay)).toEqual([]);
  });
  it('says nothing before any decision', () => {
    expect(accuracyWarnings(accuracyByPlatform([row('amazon', 'sent')], NOW)[0])).toEqual([]);
  });
});

const listing = (id: string, over: object = {}) => ({
  title: 'Bose QC45 Replica 1:1',
  price: null,
  seller: { name: 'CheapAudio', id: null, url: null },
  brand: null,
  listingId: id,
  url: null,
  image: `https://img.example/${id}.jpg?w=300`,
  condition: null,
  sponsored: null,
  ...over,
});

describe('re-listing detection', () => {
  const past = [
    {
      id: 1,
      listingId: 'A1',
      marketplace: 'ebay',
      url: 'https://www.ebay.com/itm/1',
      status: 'removed',
      createdAt: 5,
      listing: listing('A1'),
    },
  ];
  it('finds the same seller and title under a new id', () => {
    expect(findRelistings(listing('A2', { title: 'bose  QC45 replica 1:1!' }), 'ebay', past)).toEqual([
      expect.objectContaining({ flagId: 1, match: 'seller-and-title' }),
    ]);
  });
  it('finds the same image under a new id and another seller', () => {
    expect(
      findRelistings(
        listing('A3', { seller: null, title: 'Headphones', image: 'https://img.example/A1.jpg?w=800' }),
        'ebay',
        past,
      ),
    ).toEqual([expect.objectContaining({ match: 'image' })]);
  });
  it('maps each re-listing in a history to the earliest case', () => {
    const later = (id: number, listingId: string, createdAt: number, over: object = {}) => ({
      id,
      listingId,
      marketplace: 'ebay',
      url: `u${id}`,
      status: 'draft',
      createdAt,
      listing: listing(listingId, over),
    });
    const m = relistedFrom([
      later(3, 'A3', 30, { seller: null, image: 'https://img.example/A1.jpg' }),
      ...past,
      later(2, 'A2', 20),
      later(4, 'A1', 40),
    ]);
    expect([...m.entries()].map(([k, v]) => [k, v.flagId, v.match])).toEqual([
      [2, 1, 'seller-and-title'],
      [3, 1, 'image'],
    ]);
  });
  it('ignores the same listing, other marketplaces and different listings', () => {
    expect(findRelistings(listing('A1'), 'ebay', past)).toEqual([]);
    expect(findRelistings(listing('A2'), 'amazon', past)).toEqual([]);
    expect(findRelistings(listing('A4', { title: 'Other', image: null }), 'ebay', past)).toEqual([]);
  });
});

describe('export and retention', () => {
  it('quotes CSV and defuses formulas from page text', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    const f = {
      id: 1,
      createdAt: 0,
      marketplace: 'ebay',
      listingId: '1',
      url: 'u',
      type: 'COUNTERFEIT',
      status: 'sent',
      caseId: null,
      listing: listing('1', { title: '+1 line\nbreak' }),
      verdict: null,
      note: '',
    } as unknown as FlagRow;
    expect(flagsCsv([f]).split('\r\n')[1]).toBe(
      `1,1970-01-01T00:00:00.000Z,ebay,1,u,COUNTERFEIT,sent,,"'+1 line\nbreak",CheapAudio,,`,
    );
  });
  it('selects rows older than the retention period; 0 keeps everything', () => {
    const rows = [
      { id: 1, createdAt: NOW - 40 * DAY },
      { id: 2, createdAt: NOW - 10 * DAY },
    ];
    expect(expiredIds(rows, 30, NOW)).toEqual([1]);
    expect(expiredIds(rows, 0, NOW)).toEqual([]);
  });
});
