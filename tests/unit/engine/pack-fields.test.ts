// Pack fields the engine once misread or ignored: disguises that are the right spelling, regional
// reference prices, and model-number patterns.
import { describe, expect, it } from 'vitest';
import { compilePack, engineInfo, loadEngine, scoreListing, serializeEngine } from '../../../utils/engine/index';
import type { Engine } from '../../../utils/engine/index';
import { listing, reason, testPack } from './helpers';

let engine: Engine | null = null;

function fieldsEngine(): Engine {
  if (engine) return engine;
  const pack = structuredClone(testPack());
  pack.currencies.rates.JPY = 0.0067;
  const bose = pack.brands.find((b) => b.id === 'bose')!;
  bose.disguises.push('Bose ', 'B O S E', 'BOSE CORPORATION', 'b.o.s.e.');
  const qc45 = bose.models.find((m) => m.id === 'qc45')!;
  qc45.prices.push(
    { amount: 299, currency: 'EUR', kind: 'msrp', region: 'EU' },
    { amount: 279, currency: 'GBP', kind: 'msrp', region: 'GB' },
    { amount: 349, currency: 'USD', kind: 'msrp', region: 'amazon' },
    { amount: 45000, currency: 'JPY', kind: 'msrp' },
  );
  qc45.patterns = ['^QC ?4\\d[a-z]?$'];
  pack.brands.push({
    ...structuredClone(bose),
    id: 'loreal',
    name: "L'Oréal",
    aliases: ["L'Oréal Paris"],
    disguises: ['Loreal Paris', 'LOREAL', 'L0reall'],
    models: [],
    authorisedSellers: [],
    blockedSellers: [],
  });
  return (engine = compilePack(pack));
}

describe('disguises that fold to the name or an alias', () => {
  it.each([
    // [title, brand, disguised?]
    ['Bose headphones', 'bose', false],
    ['BOSE headphones', 'bose', false],
    ['Bose Corporation headphones', 'bose', false],
    ['B O S E headphones', 'bose', true], // split letters are still a trick, found through the name
    ['Bosse headphones', 'bose', true], // a real listed misspelling
    ["L'Oréal Paris serum", 'loreal', false],
    ['Loreal Paris serum', 'loreal', false],
    ['LOREAL serum', 'loreal', false],
    ['L0reall serum', 'loreal', true],
  ])('%s -> %s (disguised: %s)', (title, brand, disguised) => {
    const v = scoreListing(fieldsEngine(), listing(title));
    expect(v.brandId).toBe(brand);
    expect(v.reasons.some((r) => r.evidence.disguised === true)).toBe(disguised);
  });

  it('does not compile them at all', () => {
    const plain = engineInfo(compilePack(testPack())).terms;
    // All 4 new Bose disguises and 2 of L'Oréal's fold to a name or alias: only its name, alias and "L0reall" count.
    expect(engineInfo(fieldsEngine()).terms).toBe(plain + 3);
  });
});

describe('regional reference prices', () => {
  it.each([
    // [currency, marketplace, reference, reference currency]
    ['USD', 'ebay', 329, 'USD'], // no region: the base price
    ['USD', 'amazon', 349, 'USD'], // the marketplace's own price first
    ['EUR', 'ebay', 299, 'EUR'], // region EU is priced in euros
    ['EUR', 'amazon', 349, 'USD'], // a marketplace key still wins
    ['GBP', null, 279, 'GBP'],
    ['JPY', null, 45000, 'JPY'], // a price in the listing's own currency, no region
    ['CNY', null, 329, 'USD'], // nothing for China: the base price, converted
  ])('%s on %s compares with %f %s', (currency, marketplace, reference, referenceCurrency) => {
    const l = listing('Bose QC45 headphones', { price: { amount: 1, currency } });
    const v = scoreListing(fieldsEngine(), l, marketplace ? { marketplace } : undefined);
    expect(reason(v, 'price')?.evidence).toMatchObject({ reference, referenceCurrency });
  });
});

describe('model-number patterns', () => {
  it.each([
    // [title, model matched or null, unknown model flagged]
    ['Bose QC47 headphones', 'QC47', false],
    ['Bose QC 48x headphones', 'QC 48x', false],
    ['Bose QC45 headphones', 'QC45', false], // a listed term, matched as before
    ['Bose XY47 headphones', null, true], // no pattern matches: still not in the catalogue
    ['QC47 headphones', null, false], // without the brand a pattern names nothing
  ])('%s -> model %s', (title, matched, unknown) => {
    for (const e of [fieldsEngine(), loadEngine(serializeEngine(fieldsEngine()))]) {
      const v = scoreListing(e, listing(title));
      expect(reason(v, 'model')?.evidence.matched ?? null).toBe(matched);
      expect(reason(v, 'model-unknown') !== undefined).toBe(unknown);
    }
  });

  it('names the model and compares the price', () => {
    const v = scoreListing(fieldsEngine(), listing('Bose QC47 headphones', { usd: 60 }));
    expect(reason(v, 'model')!.evidence).toMatchObject({ model: 'QuietComfort 45', matched: 'QC47' });
    expect(reason(v, 'price')!.evidence).toMatchObject({ reference: 329, grade: 'strong' });
  });

  it('follows "for": a case for a Bose QC47 is not a Bose product', () => {
    expect(scoreListing(fieldsEngine(), listing('Case for Bose QC47', { usd: 5 })).level).toBe('ok');
  });
});
