import { describe, expect, it } from 'vitest';
import { openDb } from '../../../utils/db';
import { buildEvidenceRows, evidenceBytes, isQuotaError, storeEvidence } from '../../../utils/evidence/capture';
import { sha256Hex } from '../../../utils/bytes';
import { dataUrlBytes } from '../../../utils/evidence/data-url';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const listing = {
  title: 'Bose QC45 replica',
  price: null,
  seller: null,
  brand: 'Bose',
  listingId: 'B0CCZ26B5V',
  url: 'https://www.amazon.com/dp/B0CCZ26B5V',
  image: null,
  condition: null,
  sponsored: null,
};
const capture = {
  flagId: 7,
  url: listing.url,
  screenshot: PNG,
  snapshot: { html: '<!doctype html>\n<p>x</p>', url: listing.url, title: 't' },
  fields: { flagId: 7, url: listing.url, marketplace: 'amazon', type: 'COUNTERFEIT', listing, verdict: null },
  now: new Date('2026-03-04T10:20:30Z'),
};

describe('evidence capture', () => {
  it('hashes known input like sha256sum', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('builds one row per artefact, stamped in UTC, hashed over the artefact bytes', async () => {
    const rows = await buildEvidenceRows(capture);
    expect(rows.map((r) => r.kind)).toEqual(['screenshot', 'snapshot', 'fields']);
    expect(rows.every((r) => r.capturedAt === '2026-03-04T10:20:30.000Z' && r.flagId === 7)).toBe(true);
    expect(rows[0].sha256).toBe(await sha256Hex(dataUrlBytes(PNG)!.bytes));
    for (const r of rows) expect(r.sha256).toBe(await sha256Hex(evidenceBytes(r)));
    expect(JSON.parse(rows[2].data as string)).toMatchObject({
      listing: { listingId: 'B0CCZ26B5V' },
      capturedAt: '2026-03-04T10:20:30.000Z',
    });
  });
  it('stores rows in one transaction', async () => {
    const db = openDb(`ev-${Math.random()}`);
    const r = await storeEvidence(db, await buildEvidenceRows(capture));
    expect(r).toMatchObject({ ok: true });
    expect(await db.evidence.where('flagId').equals(7).count()).toBe(3);
  });
  it('turns a full disk into a plain message and writes nothing', async () => {
    const db = openDb(`ev-${Math.random()}`);
    const rows = await buildEvidenceRows(capture);
    let n = 0;
    db.evidence.hook('creating', () => {
      if (++n === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await storeEvidence(db, rows);
    expect(r).toMatchObject({ ok: false, error: 'storage-full' });
    if (!r.ok) expect(r.message).toMatch(/flag itself is saved/);
    expect(await db.evidence.count()).toBe(0);
  });
  it('recognises quota errors wrapped by Dexie', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('constraint'))).toBe(false);
  });
});
