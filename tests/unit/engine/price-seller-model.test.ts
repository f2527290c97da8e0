import { describe, expect, it } from 'vitest';
import { scoreListing, scorePage } from '../../../utils/engine/index';
import { gradePrice, isLowOutlier, pageStats } from '../../../utils/engine/price';
import { listing, reason, testEngine } from './helpers';

describe('price against the reference', () => {
  it.each([
    [0.39, 'msrp', 'strong'],
    [0.4, 'msrp', 'moderate'],
    [0.59, 'msrp', 'moderate'],
    [0.6, 'msrp', 'weak'],
    [0.84, 'msrp', 'weak'],
    [0.85, 'msrp', null],
    [1.2, 'msrp', null],
    [0.49, 'floor', 'strong'],
    [0.74, 'floor', 'moderate'],
    [0.99, 'floor', 'weak'],
    [1, 'floor', null],
  ] as const)('ratio %f of %s grades %s', (ratio, kind, grade) => {
    expect(gradePrice(ratio, kind)).toBe(grade);
  });

  it.each([
    // [title, price, currency, grade or null, weight]
    ['Bose QC45 headphones', 60, 'USD', 'strong', 35],
    ['Bose QC45 headphones', 170, 'USD', 'moderate', 18],
    ['Bose QC45 headphones', 250, 'USD', 'weak', 8],
    ['Bose QC45 headphones', 299, 'USD', null, 0],
    ['Bose QC45 headphones', 400, 'CNY', 'strong', 35], // 56 USD through the pack's table
    ['Bose QC45 headphones', 150, 'EUR', 'moderate', 18], // 162 USD
  ])('%s at %f %s: %s', (title, amount, currency, grade, weight) => {
    const v = scoreListing(testEngine(), listing(title, { price: { amount, currency } }));
    const r = reason(v, 'price');
    if (!grade) return expect(r).toBeUndefined();
    expect(r!.evidence).toMatchObject({ grade, reference: 329, referenceCurrency: 'USD', price: amount, currency });
    expect(r!.weight).toBe(weight);
    expect(r!.message).toMatch(/^Price .* of the 329.00 USD reference price for Bose QuietComfort 45/);
  });

  it.each([
    ['used', { condition: 'used' as const }],
    ['refurbished', { condition: 'refurbished' as const }],
    ['pre-owned in the title', { title: 'Bose QC45 headphones pre-owned' }],
    ['usado in the title', { title: 'Audífonos Bose QC45 usado' }],
    ['二手 in the title', { title: '二手 Bose QC45 耳机' }],
  ])('is damped for %s listings', (_, o) => {
    const v = scoreListing(testEngine(), { ...listing('Bose QC45 headphones', { usd: 60 }), ...o });
    const r = reason(v, 'price')!;
    expect(r.evidence.damped).toBe(true);
    expect(r.weight).toBeLessThan(15);
    expect(r.message).toMatch(/damped/);
  });

  it('is damped for "from" prices', () => {
    const v = scoreListing(
      testEngine(),
      listing('Bose QC45 headphones', { price: { amount: 60, currency: 'USD', range: true } }),
    );
    expect(reason(v, 'price')!.weight).toBeLessThan(35);
  });

  it.each([
    'Bose QC45 ear pads replacement',
    'Samsung Galaxy S24 OEM replacement battery',
    'Samsung Galaxy S24 dummy display model',
    'Samsung Galaxy S24 LCD screen digitizer',
  ])('is not compared for parts and accessories, and says so: %s', (title) => {
    const v = scoreListing(testEngine(), listing(title, { usd: 15 }));
    expect(reason(v, 'price')).toMatchObject({ weight: 0 });
    expect(reason(v, 'price')!.message).toMatch(/not compared/);
    expect(v.level).not.toBe('suspect');
  });

  it('is skipped without a known rate, and says so', () => {
    const v = scoreListing(testEngine(), listing('Bose QC45 headphones', { price: { amount: 10, currency: 'XYZ' } }));
    expect(reason(v, 'price')!.message).toMatch(/no rate for XYZ/);
  });
});

describe('price outlier on a results page', () => {
  it('median/MAD flags a robust low outlier only', () => {
    const s = pageStats([300, 310, 290, 305, 295, 315, 60])!;
    expect(isLowOutlier(60, s)).toBe(true);
    expect(isLowOutlier(250, s)).toBe(false);
    expect(pageStats([1, 2, 3, 4])).toBeNull();
  });

  it('adds a price-outlier reason among same-brand listings', () => {
    const titles = [
      'Bose wireless audio set black',
      'Bose audio set white',
      'Bose over ear audio set',
      'Bose audio set new',
      'Bose audio set sealed',
      'Bose audio set cheap',
    ];
    const prices = [300, 310, 290, 305, 295, 45];
    const vs = scorePage(
      testEngine(),
      titles.map((t, i) => listing(t, { usd: prices[i], listingId: `p${i}` })),
      'ebay',
    );
    expect(reason(vs[5], 'price-outlier')!.evidence).toMatchObject({ listings: 6, price: 45 });
    expect(vs[5].level).toBe('ok'); // brand 10 + outlier 15: a price signal alone stays low
    expect(vs.slice(0, 5).every((v) => !reason(v, 'price-outlier'))).toBe(true);
  });
});

describe('sellers', () => {
  const bose = (seller: { id?: string; name?: string }, marketplace = 'aliexpress') =>
    scoreListing(
      testEngine(),
      listing('Bose QC45 replica headphones', {
        usd: 40,
        seller: { id: seller.id ?? null, name: seller.name ?? null, url: null },
      }),
      { marketplace },
    );

  it('a blocked seller is a strong signal, found by id or by name', () => {
    for (const s of [{ id: '2001234567' }, { name: 'top audio  STORE' }]) {
      const r = reason(bose(s), 'seller-blocked')!;
      expect(r.weight).toBe(60);
      expect(r.message).toMatch(/blocked-seller list/);
    }
  });

  it('seller ids are per marketplace', () => {
    expect(reason(bose({ id: '2001234567' }, 'ebay'), 'seller-blocked')).toBeUndefined();
  });

  it('an authorised seller suppresses the verdict to ok and says so', () => {
    const v = bose({ id: '1100988776' });
    expect(v.level).toBe('ok');
    const r = reason(v, 'seller-authorised')!;
    expect(r.weight).toBeLessThan(0);
    expect(r.message).toMatch(/authorised list, so the listing is not flagged/);
  });

  it('a blocked seller without a brand mention reaches watch, not suspect', () => {
    const v = scoreListing(
      testEngine(),
      listing('Wireless headphones', { seller: { id: '2001234567', name: null, url: null } }),
      { marketplace: 'aliexpress' },
    );
    expect(v).toMatchObject({ level: 'watch', brandId: 'bose' });
  });
});

describe('model not in the catalogue', () => {
  it.each([
    ['Bose QC55 headphones', 'QC55'],
    ['Bose NC900 headphones', 'NC900'],
  ])('%s: "%s" is flagged for a brand with a complete catalogue', (title, word) => {
    const r = reason(scoreListing(testEngine(), listing(title)), 'model-unknown')!;
    expect(r.evidence.matched).toBe(word);
    expect(r.message).toBe(`"${word}" is not a model in Bose's catalogue`);
  });

  it.each([
    'Bose QC45 headphones',
    'Bose QC35 II',
    'Bose 2024 headphones',
    'Bose headphones 5G 128GB',
    'Bose SoundLink Flex 2nd gen',
  ])('no flag for known models, years and units: %s', (title) =>
    expect(reason(scoreListing(testEngine(), listing(title)), 'model-unknown')).toBeUndefined(),
  );

  it('is not checked for brands whose catalogue is not complete', () => {
    expect(reason(scoreListing(testEngine(), listing('Samsung Galaxy S99')), 'model-unknown')).toBeUndefined();
  });
});
