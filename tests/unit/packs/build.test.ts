import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/packs/build';
import { parseCsv } from '../../../utils/packs/csv';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const KEY = '0123456789abcdef0123456789abcdef';

const minimal = {
  'pack.csv':
    'field,value\nid,acme.rules\nname,Acme rules\npublisher_name,Acme\npublisher_contact,ip@acme.example\nversion,4\nbase_currency,USD\n',
  'brands.csv':
    'brand_id,name,aliases,disguises,rights_holder,email\nacme,Acme,"Acme Corp|ACME, Inc.",Acm3,Acme Inc.,ip@acme.example\n',
};

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes, line breaks, CRLF and a BOM', () => {
    const r = parseCsv('\uFEFFa,b\r\n"x, ""y""","two\nlines"\r\n\r\nz,\n', ['a', 'b']);
    expect(r).toEqual({
      ok: true,
      value: [
        { line: 2, cells: { a: 'x, "y"', b: 'two\nlines' } },
        { line: 5, cells: { a: 'z', b: '' } },
      ],
    });
  });

  it('names a misspelt column instead of ignoring it', () => {
    expect(parseCsv('brand_id,nmae\n', ['brand_id', 'name'])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unknown column\(s\) nmae/),
    });
  });

  it('points at the line with an empty required cell', () => {
    expect(parseCsv('a,b\n1,\n', ['a', 'b'], ['b'])).toMatchObject({ ok: false, error: 'line 2: b must not be empty' });
  });
});

describe('buildPack', () => {
  it('builds a valid pack from the minimum two sheets', () => {
    const r = buildPack(minimal, { keyId: KEY, now: NOW });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.pack).toMatchObject({
      id: 'acme.rules',
      version: 4,
      publisher: { keyId: KEY },
      issuedAt: '2026-11-28T12:00:00.000Z',
      expiresAt: '2027-02-26T12:00:00.000Z',
    });
    expect(r.value.pack.brands[0]).toMatchObject({
      aliases: ['Acme Corp', 'ACME, Inc.'],
      disguises: ['Acm3'],
      contacts: { rightsHolder: 'Acme Inc.', email: 'ip@acme.example' },
    });
  });

  it('merges one model over several price rows and files sellers into their lists', () => {
    const r = buildPack(
      {
        ...minimal,
        'currencies.csv': 'currency,rate\nEUR,1.08\n',
        'models.csv':
          'brand_id,model_id,name,terms,price,currency,price_kind,region\nacme,rocket,Rocket 3000,R3000|R-3000,199,USD,msrp,\nacme,rocket,,,179,EUR,msrp,EU\n',
        'sellers.csv':
          'brand_id,list,marketplace,seller_id,seller_name\nacme,authorised,amazon,A1,Acme Store\nacme,blocked,ebay,,cheap-rockets\n',
      },
      { keyId: KEY, now: NOW },
    );
    if (!r.ok) throw new Error(r.error);
    const b = r.value.pack.brands[0];
    expect(b.models).toEqual([
      expect.objectContaining({
        id: 'rocket',
        terms: ['R3000', 'R-3000'],
        prices: [
          { amount: 199, currency: 'USD', kind: 'msrp' },
          { amount: 179, currency: 'EUR', kind: 'msrp', region: 'EU' },
        ],
      }),
    ]);
    expect(b.authorisedSellers).toEqual([{ marketplace: 'amazon', id: 'A1', name: 'Acme Store' }]);
    expect(b.blockedSellers).toEqual([{ marketplace: 'ebay', name: 'cheap-rockets' }]);
  });

  it('reports errors by file, line and brand id', () => {
    expect(
      buildPack({ ...minimal, 'models.csv': 'brand_id,model_id,name\nnope,x,X\n' }, { keyId: KEY, now: NOW }),
    ).toMatchObject({
      ok: false,
      error: 'models.csv line 2: unknown brand_id "nope" (not in brands.csv)',
    });
    const noRate = buildPack(
      { ...minimal, 'models.csv': 'brand_id,model_id,name,price,currency\nacme,x,X,5,JPY\n' },
      { keyId: KEY, now: NOW },
    );
    expect(noRate).toMatchObject({ ok: false, error: expect.stringMatching(/no rate for JPY/) });
    const badEmail = buildPack(
      { ...minimal, 'brands.csv': 'brand_id,name,rights_holder,email\nacme,Acme,Acme Inc.,not-an-email\n' },
      { keyId: KEY, now: NOW },
    );
    expect(badEmail).toMatchObject({ ok: false, error: expect.stringMatching(/brand "acme"\.contacts\.email/) });
    expect(buildPack({ 'brands.csv': minimal['brands.csv'] }, { now: NOW })).toMatchObject({
      ok: false,
      error: 'pack.csv is missing',
    });
  });
});
