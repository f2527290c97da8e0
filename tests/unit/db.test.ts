import { describe, expect, it } from 'vitest';
import { DB_NAME, openDb } from '../../utils/db';

describe('database', () => {
  it('opens listing-lens at version 2 with the contract tables', async () => {
    const db = openDb();
    await db.open();
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(2);
    const tables = db.tables.map((t) => t.name);
    for (const t of ['packs', 'flags', 'notices', 'evidence', 'settings']) expect(tables).toContain(t);
    const id = await db.flags.add({
      listingId: 'B000TEST01',
      url: 'https://www.amazon.com/dp/B000TEST01',
      marketplace: 'amazon',
      type: 'COUNTERFEIT',
      status: 'draft',
      createdAt: 1,
      updatedAt: 1,
      listing: {
        title: 't',
        price: null,
        seller: null,
        brand: null,
        listingId: 'B000TEST01',
        url: null,
        image: null,
        condition: null,
        sponsored: null,
      },
      verdict: null,
      note: '',
      testBuy: null,
      brandId: null,
      packId: null,
      caseId: null,
      outcome: null,
    });
    db.close();
    const again = openDb();
    expect((await again.flags.get(id))?.listingId).toBe('B000TEST01');
    again.close();
  });
});
