import { describe, expect, it } from 'vitest';
import { reasonStatements } from '../../../utils/notices/reason-text';
import type { Reason } from '../../../utils/types';

const r = (signal: Reason['signal'], evidence: Reason['evidence'], message = 'engine label (strong)'): Reason => ({
  signal,
  weight: 10,
  message,
  evidence,
});

describe('reasons as a notifier states them', () => {
  const reasons = [
    r('brand', { brand: 'Canada Goose', matched: 'Canada Goose' }, 'Title names "Canada Goose"'),
    r('model', { brand: 'Canada Goose', model: 'Expedition Parka', matched: 'Expedition Parka' }),
    r('coded-wording', { matched: 'replica', near: 'Canada Goose', brand: 'Canada Goose' }),
    r('coded-wording', { matched: 'AAA', near: 'Canada Goose', brand: 'Canada Goose' }),
    r('price', {
      price: 89,
      currency: 'USD',
      reference: 1_495,
      referenceCurrency: 'USD',
      ratio: 0.06,
      referenceKind: 'msrp',
      model: 'Expedition Parka',
      grade: 'strong',
    }),
    r('seller-blocked', { seller: 'Parka Outlet', brand: 'Canada Goose' }),
  ];
  const out = reasonStatements(reasons);

  it('reads as sentences from the evidence, not the engine labels', () => {
    expect(out).toEqual([
      'The listing offers the item as a Canada Goose Expedition Parka.',
      'It describes the item as "replica" and "AAA" next to "Canada Goose", wording used to sell copies of branded goods.',
      'Its price, USD 89.00, is 6% of the recommended retail price for the Expedition Parka (USD 1,495.00).',
      'The seller, "Parka Outlet", is on the brand-protection alliance\'s list of sellers known to offer infringing Canada Goose goods.',
    ]);
    const all = out.join(' ');
    expect(all).not.toMatch(/\(strong\)|Title names|engine label/);
    expect(all.match(/Expedition Parka/g)).toHaveLength(2);
  });

  it('leaves out reasons without the evidence to state them, and suppressing reasons', () => {
    expect(
      reasonStatements([r('price', { price: 5 }), { ...r('seller-authorised', { seller: 'X' }), weight: -50 }]),
    ).toEqual([]);
  });

  it('states a disguised brand and an unknown model', () => {
    expect(
      reasonStatements([
        r('brand', { brand: 'Bose', matched: 'B0SE', disguised: true }),
        r('model-unknown', { brand: 'Bose', matched: 'QC99' }),
      ]),
    ).toEqual(['It spells the brand "B0SE", a disguised form of "Bose".', '"QC99" is not a model that Bose makes.']);
  });
});
