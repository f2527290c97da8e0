// The structured-data readers on their own: the shapes real pages use, at the smallest size.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  balancedJson,
  embeddedStates,
  jsonLdProducts,
  microdataProducts,
  metaProduct,
} from '../../../utils/adapters/structured-data';

const base = new URL('https://shop.example/p/1');
const doc = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const ld = (json: unknown) => doc(`<script type="application/ld+json">${JSON.stringify(json)}</script>`);

describe('jsonLdProducts', () => {
  it('reads arrays of blocks, skips non-products and related products', () => {
    const d = ld([
      { '@type': 'Organization', name: 'Shop' },
      {
        '@type': 'Product',
        name: 'A',
        isSimilarTo: { '@type': 'Product', name: 'B' },
        offers: { price: 5, priceCurrency: 'EUR' },
      },
    ]);
    expect(jsonLdProducts(d, base).map((p) => p.title)).toEqual(['A']);
  });

  it('takes the sale price spec, not the list or unit price', () => {
    const d = ld({
      '@type': 'Product',
      name: 'A',
      offers: {
        '@type': 'Offer',
        priceCurrency: 'USD',
        priceSpecification: [
          { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: 30 },
          { '@type': 'UnitPriceSpecification', price: 2, referenceQuantity: { value: 1, unitCode: 'LTR' } },
          { '@type': 'UnitPriceSpecification', price: 24 },
        ],
      },
    });
    expect(jsonLdProducts(d, base)[0].price).toEqual({ amount: 24, currency: 'USD' });
  });

  it('marks an AggregateOffer as a range and prefers in-stock offers', () => {
    const agg = ld({
      '@type': 'Product',
      name: 'A',
      offers: { '@type': 'AggregateOffer', lowPrice: '9.5', highPrice: '12', priceCurrency: 'GBP' },
    });
    expect(jsonLdProducts(agg, base)[0].price).toEqual({ amount: 9.5, currency: 'GBP', range: true });
    const two = ld({
      '@type': 'Product',
      name: 'A',
      offers: [
        { price: 1, priceCurrency: 'EUR', availability: 'https://schema.org/OutOfStock' },
        {
          price: 2,
          priceCurrency: 'EUR',
          availability: 'https://schema.org/InStock',
          itemCondition: 'https://schema.org/RefurbishedCondition',
        },
      ],
    });
    expect(jsonLdProducts(two, base)[0]).toMatchObject({
      price: { amount: 2 },
      condition: 'refurbished',
      available: true,
    });
  });

  it('survives raw newlines inside JSON strings', () => {
    const d = doc(
      '<script type="application/ld+json">{"@type":"Product","name":"Line\none","offers":{"price":"3","priceCurrency":"EUR"}}</script>',
    );
    expect(jsonLdProducts(d, base)[0].title).toBe('Line one');
  });
});

describe('microdataProducts', () => {
  it('keeps nested offers and brands with their product', () => {
    const d = doc(`<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle</span>
      <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Boilo</span></div>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="39.90"><meta itemprop="priceCurrency" content="EUR">
      <div itemprop="seller" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Kitchen Co</span></div></div></div>`);
    expect(microdataProducts(d, base)[0]).toMatchObject({
      title: 'Kettle',
      brand: 'Boilo',
      price: { amount: 39.9, currency: 'EUR' },
      seller: { name: 'Kitchen Co' },
    });
  });
});

describe('page state', () => {
  it('finds balanced JSON after an assignment, ignoring braces in strings', () => {
    expect(balancedJson('x = {"a":"}{","b":[1,{"c":2}]}; y()', 0)).toBe('{"a":"}{","b":[1,{"c":2}]}');
  });

  it('reads __NEXT_DATA__, window.__INITIAL_STATE__ and JSON.parse("...") state', () => {
    const d = doc(`<script id="__NEXT_DATA__" type="application/json">{"props":{"a":1}}</script>
      <script>window.__INITIAL_STATE__ = {"product":{"name":"K"}};</script>
      <script>window.__PRELOADED_STATE__ = JSON.parse("{\\"cart\\":{\\"n\\":2}}");</script>`);
    const names = embeddedStates(d).map((s) => s.name);
    expect(names).toEqual(['__NEXT_DATA__', '__INITIAL_STATE__', '__PRELOADED_STATE__']);
    expect(embeddedStates(d)[2].data).toEqual({ cart: { n: 2 } });
  });

  it('reads Open Graph product meta only when it describes a product', () => {
    expect(metaProduct(doc('<meta property="og:title" content="About us">'), base)).toBeNull();
    const d = doc(
      '<meta property="og:type" content="og:product"><meta property="og:title" content="K"><meta property="product:price:amount" content="12.50"><meta property="product:price:currency" content="CHF">',
    );
    expect(metaProduct(d, base)).toMatchObject({ title: 'K', price: { amount: 12.5, currency: 'CHF' } });
  });
});
