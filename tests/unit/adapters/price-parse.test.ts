import { describe, expect, it } from 'vitest';
import { parsePrice, priceFrom, siteContext, toAmount } from '../../../utils/adapters/price-parse';

const US = siteContext('https://www.amazon.com/');
const CASES: [string, string, object, number | null, string?, boolean?][] = [
  // text, site, extra ctx, amount, currency, range
  ['US $1,234.56', 'https://www.ebay.com/', {}, 1234.56, 'USD'],
  ['1.234,56 €', 'https://www.amazon.de/', {}, 1234.56, 'EUR'],
  ['1 234,56 zł', 'https://www.amazon.pl/', {}, 1234.56, 'PLN'],
  ['R$ 1.234,56', 'https://www.mercadolivre.com.br/', {}, 1234.56, 'BRL'],
  ['¥1,234', 'https://www.amazon.co.jp/', {}, 1234, 'JPY'],
  ['￥149.00', 'https://item.taobao.com/', {}, 149, 'CNY'],
  ['₹1,23,456', 'https://www.amazon.in/', {}, 123456, 'INR'],
  ["CHF 1'234.50", 'https://www.galaxus.ch/', {}, 1234.5, 'CHF'],
  ['$12.99 - $15.99', 'https://www.amazon.com/', {}, 12.99, 'USD', true],
  ['€ 97,39 - 128,72', 'https://he.aliexpress.com/', {}, 97.39, 'EUR', true],
  ['from $4.99', 'https://www.etsy.com/', {}, 4.99, 'USD', true],
  ['ab 19,99 €', 'https://www.otto.de/', {}, 19.99, 'EUR', true],
  ['à partir de 5,00 €', 'https://www.amazon.fr/', {}, 5, 'EUR', true],
  ['1 offer from $59.99', 'https://www.amazon.com/', {}, 59.99, 'USD', true],
  ['$28.50+', 'https://www.etsy.com/', {}, 28.5, 'USD', true],
  ['List Price: $55.00 $48.99', 'https://www.amazon.com/', {}, 48.99, 'USD'],
  ['RRP: £55.00', 'https://www.amazon.co.uk/', {}, null],
  ['UVP 149,99 € 119,01 €', 'https://www.otto.de/', {}, 119.01, 'EUR'],
  ['$9.99 ($0.50 / count)', 'https://www.amazon.com/', {}, 9.99, 'USD'],
  ['34,39 € / kg', 'https://www.amazon.de/', {}, null],
  ['1.9 ¢/fl oz', 'https://www.walmart.com/', {}, null],
  ['$12.99', 'https://www.amazon.ca/', {}, 12.99, 'CAD'],
  ['CDN$ 24.99', 'https://www.amazon.ca/', {}, 24.99, 'CAD'],
  ['$ 12.990', 'https://www.mercadolibre.cl/', {}, 12990, 'CLP'],
  ['199 kr', 'https://www.amazon.se/', {}, 199, 'SEK'],
  ['199,00 kr.', 'https://www.example.dk/', {}, 199, 'DKK'],
  ['Rs 23,450', 'https://www.olx.com.pk/', {}, 23450, 'PKR'],
  ['GBP 11.19', 'https://www.ebay.ca/', {}, 11.19, 'GBP'],
  ['EUR 10,79', 'https://www.ebay.de/', {}, 10.79, 'EUR'],
  ['£1,234', 'https://www.ebay.co.uk/', {}, 1234, 'GBP'],
  ['12,44 €', 'https://www.amazon.fr/', {}, 12.44, 'EUR'],
  ['249 ₽', 'https://market.yandex.ru/', {}, 249, 'RUB'],
  ['173,34 Lei', 'https://www.emag.ro/', {}, 173.34, 'RON'],
  ['25.00', 'https://www.etsy.com/', {}, 25, 'USD'],
  ['no price here', 'https://www.etsy.com/', {}, null],
  ['1,234.500 KWD', 'https://www.example.com/', {}, 1234.5, 'KWD'],
  ['¥ 149.00 - 159.00', 'https://item.taobao.com/', {}, 149, 'CNY', true],
  ['Was: $20.00 Now: $15.00', 'https://www.walmart.com/', {}, 15, 'USD'],
  ['2 x 24 x 100 g € 12,90', 'https://www.amazon.de/', {}, 12.9, 'EUR'],
];

describe('parsePrice', () => {
  it.each(CASES)('%s on %s', (text, site, extra, amount, currency, range) => {
    const got = parsePrice(text, { ...siteContext(site), ...extra });
    if (amount == null) return expect(got).toBeNull();
    expect(got).toEqual(range ? { amount, currency, range: true } : { amount, currency });
  });

  it('uses the site default when the text shows no currency', () => {
    expect(parsePrice('19.99', US)).toEqual({ amount: 19.99, currency: 'USD' });
    expect(parsePrice('19.99', {})).toBeNull();
  });
});

describe('toAmount', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ["1'234.50", 1234.5],
    ['1,23,456', 123456],
    ['12,99', 12.99],
    ['1.234.567', 1234567],
    ['149.00', 149],
  ] as const)('%s', (raw, n) => expect(toAmount(raw)).toBe(n));
});

describe('priceFrom', () => {
  it('reads structured amounts and legacy codes', () => {
    expect(priceFrom('249', 'RUR')).toEqual({ amount: 249, currency: 'RUB' });
    expect(priceFrom(25, 'usd')).toEqual({ amount: 25, currency: 'USD' });
    expect(priceFrom('1.234,50', 'EUR')).toEqual({ amount: 1234.5, currency: 'EUR' });
    expect(priceFrom('', 'EUR')).toBeNull();
  });
});
