// Wholesale marketplaces print every price per piece/lot/pair: that is the listing's price, not
// a unit price beside it. Real unit prices ("/kg", "/ 100 ml") are still skipped.
import { describe, expect, it } from 'vitest';
import { parsePrice } from '../../../utils/adapters/price-parse';

describe('parsePrice on wholesale per-piece prices', () => {
  it.each([
    ['US $3.15 / Piece', 3.15],
    ['US $0.99/pcs', 0.99],
    ['€ 12,34 / lot', 12.34],
    ['US $5.20 / Pair', 5.2],
  ])('%s', (text, amount) => {
    expect(parsePrice(text, { defaultCurrency: 'USD' })?.amount).toBe(amount);
  });

  it('keeps the range and its lower bound', () => {
    expect(parsePrice('US $45.60 - 58.20 / Piece')).toEqual({ amount: 45.6, currency: 'USD', range: true });
  });

  it('still skips real unit prices', () => {
    expect(parsePrice('€ 4,99 / kg', { defaultCurrency: 'EUR' })).toBeNull();
    expect(parsePrice('€ 12,99 (€ 4,33 / 100 ml)', { defaultCurrency: 'EUR' })).toEqual({
      amount: 12.99,
      currency: 'EUR',
    });
  });
});

describe('parsePrice on yen signs', () => {
  it('reads ￥ as the site currency on Chinese sites and ¥ as yen on Japanese ones', () => {
    expect(parsePrice('￥149.00', { defaultCurrency: 'CNY' })).toEqual({ amount: 149, currency: 'CNY' });
    expect(parsePrice('¥1,234', { defaultCurrency: 'JPY' })).toEqual({ amount: 1234, currency: 'JPY' });
    expect(parsePrice('1,280円~', { defaultCurrency: 'JPY' })).toEqual({ amount: 1280, currency: 'JPY', range: true });
  });
});

describe('parsePrice on a yen sign without a deciding site', () => {
  it('takes ￥149.00 (decimals) as yuan and ￥1,234 as yen', () => {
    expect(parsePrice('￥149.00')).toEqual({ amount: 149, currency: 'CNY' });
    expect(parsePrice('¥ 5499.00 - 6799.00', { defaultCurrency: 'USD' })).toEqual({
      amount: 5499,
      currency: 'CNY',
      range: true,
    });
    expect(parsePrice('￥1,234')).toEqual({ amount: 1234, currency: 'JPY' });
    expect(parsePrice('¥149.00', { defaultCurrency: 'JPY' })).toEqual({ amount: 149, currency: 'JPY' });
  });
});
