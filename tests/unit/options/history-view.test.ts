import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterHistory } from '../../../components/options/history-view';
import type { HistoryView } from '../../../utils/cases/types';

const flag = (id: number, over: Record<string, unknown>) =>
  ({
    id,
    marketplace: 'amazon',
    status: 'draft',
    listingId: `B0${id}`,
    url: `https://www.amazon.com/dp/B0${id}`,
    note: '',
    caseId: null,
    listing: { title: `Listing ${id}`, seller: { name: 'Shop', id: null, url: null } },
    ...over,
  }) as unknown as HistoryView['flags'][number];
const notice = (id: number, over: Record<string, unknown>) =>
  ({
    id,
    marketplace: 'ebay',
    status: 'sent',
    subject: `Notice ${id}`,
    caseId: null,
    flagIds: [1],
    ...over,
  }) as unknown as HistoryView['notices'][number];

const view = {
  flags: [flag(1, {}), flag(2, { marketplace: 'ebay', status: 'removed', note: 'replica parka' })],
  notices: [notice(1, {}), notice(2, { status: 'removed', caseId: 'CASE-77' })],
  evidence: [],
  accuracy: [],
  retentionDays: 0,
  basket: [],
  relisted: {},
} as unknown as HistoryView;

describe('history filter', () => {
  it('keeps everything without a filter and lists the marketplaces once, sorted', () => {
    const r = filterHistory(view, NO_FILTER);
    expect([r.flags.length, r.notices.length]).toEqual([2, 2]);
    expect(r.markets).toEqual(['amazon', 'ebay']);
  });

  it('filters flags and notices by status and marketplace together', () => {
    const r = filterHistory(view, { ...NO_FILTER, status: 'removed', market: 'ebay' });
    expect(r.flags.map((f) => f.id)).toEqual([2]);
    expect(r.notices.map((n) => n.id)).toEqual([2]);
  });

  it('searches titles, notes, ids and case numbers, ignoring case and spaces around', () => {
    expect(filterHistory(view, { ...NO_FILTER, query: ' REPLICA ' }).flags.map((f) => f.id)).toEqual([2]);
    expect(filterHistory(view, { ...NO_FILTER, query: 'case-77' }).notices.map((n) => n.id)).toEqual([2]);
    expect(filterHistory(view, { ...NO_FILTER, query: 'b01' }).flags.map((f) => f.id)).toEqual([1]);
  });

  it('filters "looks fine" decisions by marketplace and words, and keeps none under a status filter', () => {
    const fine = [
      { marketplace: 'etsy', listingId: 'E1', url: null, title: 'Hand-made mug', note: 'Own design', decidedAt: 1 },
      { marketplace: 'amazon', listingId: 'A1', url: null, title: 'QC45', note: 'Sold by Bose', decidedAt: 2 },
    ];
    expect(filterHistory(view, NO_FILTER, fine).markets).toEqual(['amazon', 'ebay', 'etsy']);
    expect(filterHistory(view, { ...NO_FILTER, market: 'etsy' }, fine).fine.map((r) => r.listingId)).toEqual(['E1']);
    expect(filterHistory(view, { ...NO_FILTER, query: 'bose' }, fine).fine.map((r) => r.listingId)).toEqual(['A1']);
    expect(filterHistory(view, { ...NO_FILTER, status: 'draft' }, fine).fine).toEqual([]);
  });
});
