import { describe, expect, it } from 'vitest';
import { reasonView, topReasons } from '../../../components/shared/reason-text';
import type { Reason } from '../../../utils/types';

const r = (signal: Reason['signal'], weight: number, evidence: Reason['evidence']): Reason => ({
  signal,
  weight,
  message: 'engine English, never shown',
  evidence,
});

describe('reasons for people', () => {
  it('writes each signal from its evidence, not from the engine message', () => {
    const cases: [Reason, string][] = [
      [r('brand', 20, { brand: 'Bose', matched: 'bose' }), 'The title names Bose'],
      [r('brand', 30, { brand: 'Bose', matched: 'B0SE', disguised: true }), 'The title disguises Bose as “B0SE”'],
      [r('brand', 0, { brand: 'Apple', matched: 'apple', ambiguous: true }), '“apple” is also an ordinary word'],
      [r('brand', 0, { brand: 'Samsung', matched: 'samsung', inPassing: true }), 'only says what the item fits'],
      [r('model', 10, { brand: 'Bose', model: 'QC45' }), 'The title names the Bose model QC45'],
      [r('model-unknown', 10, { brand: 'Bose', matched: 'QC99' }), '“QC99” is not a real Bose model'],
      [r('coded-wording', 40, { matched: 'replica', near: 'Bose' }), '“replica” near “Bose”'],
      [r('price', 0, { accessory: 'case' }), 'Price not compared: “case”'],
      [r('price', 0, { currency: 'XAF' }), 'no exchange rate for XAF'],
      [r('seller-blocked', 50, { brand: 'Bose', seller: 'Shady' }), 'The seller Shady is on Bose’s list'],
      [r('seller-authorised', -40, { brand: 'Bose', seller: 'Amazon' }), 'an authorised Bose seller'],
      [r('price-outlier', 15, { listings: 8, median: 300, baseCurrency: 'USD' }), 'the other 8 listings'],
    ];
    for (const [reason, text] of cases) expect(reasonView(reason).text).toContain(text);
  });

  it('states price ratios as a percentage of the reference, in the currency of the reference', () => {
    const v = reasonView(
      r('price', 30, { ratio: 0.12, reference: 249, referenceCurrency: 'USD', brand: 'Bose', model: 'QC45' }),
    );
    expect(v.text).toBe('The price is 12% of the usual $249.00 for Bose QC45');
    expect(v.tone).toBe('raises');
  });

  it('puts the reasons that moved the score first, dropping neutral ones', () => {
    const top = topReasons([
      r('price', 0, { accessory: 'case' }),
      r('brand', 10, { brand: 'Bose' }),
      r('seller-authorised', -40, { brand: 'Bose', seller: 'Amazon' }),
      r('coded-wording', 25, { matched: 'replica', near: 'Bose' }),
    ]);
    expect(top.map((x) => x.tone)).toEqual(['lowers', 'raises']);
    expect(top[1].text).toContain('replica');
  });
});
