// Dexie docs style: open the oldest shipped version with real rows, reopen at the latest, and
// every flag, notice and piece of evidence is still there. A blocked upgrade fails with a
// sentence instead of waiting forever, and a browser without IndexedDB gets one too.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../utils/db';
import { describeStorageError } from '../../utils/storage-health';

// Version 1 as it shipped: never edit this copy when the live schema moves on.
const V1 = {
  packs: 'id, active',
  flags: '++id, listingId, url, marketplace, type, status, createdAt, brandId',
  notices: '++id, format, *flagIds, status, createdAt',
  evidence: '++id, flagId, kind',
  subscriptions: 'url',
  trustedKeys: 'keyId',
  counters: 'name',
};

const listing = {
  title: 'Bose QC45 replica 1:1',
  price: { amount: 19.99, currency: 'USD' },
  seller: { name: 'CheapAudio', id: 'A1B2', url: null },
  brand: 'Bose',
  listingId: 'B0DEMO0SUS',
  url: 'https://www.amazon.com/dp/B0DEMO0SUS',
  image: null,
  condition: 'new',
  sponsored: false,
};
const flag = {
  listingId: 'B0DEMO0SUS',
  url: 'https://www.amazon.com/dp/B0DEMO0SUS',
  marketplace: 'amazon',
  type: 'COUNTERFEIT',
  status: 'sent',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  listing,
  verdict: { listingId: 'B0DEMO0SUS', level: 'suspect', score: 88, reasons: [], brandId: 'bose' },
  note: 'Box photo shows a misspelt logo.',
  testBuy: { orderId: '112-1', date: '2026-01-02', findings: 'No hologram' },
  brandId: 'bose',
  packId: 'demo',
  caseId: 'CASE-1',
  outcome: null,
};

describe('database upgrades', () => {
  it('keeps every flag, notice and piece of evidence written at version 1', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    // Dexie writes the new key into the object it adds: hand it copies.
    const flagId = (await old.table('flags').add(structuredClone(flag))) as number;
    await old.table('flags').add({ ...flag, listingId: 'B0DEMO0TWO', url: 'https://www.amazon.com/dp/B0DEMO0TWO' });
    const notice = {
      format: 'dsa-email',
      flagIds: [flagId],
      marketplace: 'amazon',
      text: 'Notice text',
      subject: 'Notice',
      recipient: 'notices@example.com',
      status: 'sent',
      channel: 'mailto',
      createdAt: 1_700_000_200_000,
      sentAt: 1_700_000_300_000,
      caseId: null,
    };
    await old.table('notices').add(structuredClone(notice));
    const evidence = [
      {
        flagId,
        kind: 'snapshot',
        mime: 'text/html',
        data: '<p>x</p>',
        sha256: 'a'.repeat(64),
        capturedAt: 'x',
        url: flag.url,
      },
      {
        flagId,
        kind: 'fields',
        mime: 'application/json',
        data: '{}',
        sha256: 'b'.repeat(64),
        capturedAt: 'x',
        url: flag.url,
      },
    ];
    await old.table('evidence').bulkAdd(structuredClone(evidence));
    old.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(1);
    expect(await db.flags.toArray()).toEqual([
      { ...flag, id: flagId },
      expect.objectContaining({ listingId: 'B0DEMO0TWO' }),
    ]);
    expect(await db.flags.where('listingId').equals('B0DEMO0SUS').count()).toBe(1); // indexes still answer
    expect(await db.notices.where('flagIds').equals(flagId).toArray()).toEqual([expect.objectContaining(notice)]);
    expect((await db.evidence.where('flagId').equals(flagId).toArray()).map((e) => e.kind)).toEqual([
      'snapshot',
      'fields',
    ]);
    db.close();
  });

  it('a blocked upgrade fails with a sentence instead of waiting', async () => {
    const name = `blocked-${Math.random()}`;
    // An old page holding version 1 open that never answers "versionchange".
    const holder: IDBDatabase = await new Promise((ok, ko) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('flags');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
    const db = openDb(name);
    // A later version than the holder's (what an extension update does).
    db.version(Math.round(db.verno) + 1).stores({ counters: 'name' });
    const error = await db.flags.count().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(describeStorageError(error, name)).toMatch(/another Listing Lens page/);
    holder.close();
    // Once the old page lets go, the retry opens it at the new version.
    await new Promise((r) => setTimeout(r, 5_500));
    expect(db.isOpen()).toBe(true);
    expect(await db.flags.count()).toBe(0);
    db.close();
  });

  it('no IndexedDB at all is described, not thrown raw', () => {
    const missing = Object.assign(new Error('indexedDB API missing'), { name: 'MissingAPIError' });
    expect(describeStorageError(missing, 'x')).toMatch(/IndexedDB is unavailable: indexedDB API missing/);
    expect(describeStorageError(new Error('something else'), 'x')).toBeNull();
  });
});
