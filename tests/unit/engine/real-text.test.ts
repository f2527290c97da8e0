// Real listing text the engine once misread: measurements and brackets read as coded "1:1", an
// ordinary word equal to a disguise, a media kit priced as the full licence, coded wording far from
// the brand, sub-brands not known as the brand's products, and parkas priced with no model named.
import { describe, expect, it } from 'vitest';
import { scoreListing } from '../../../utils/engine/index';
import { listing, reason, testEngine, weightOf } from './helpers';

const score = (title: string, o: Parameters<typeof listing>[1] = {}) => scoreListing(testEngine(), listing(title, o));

describe('a coded term is a token', () => {
  it.each([
    'Samsung Galaxy Watch7 44mm band, approx. 11 cm',
    'Adobe Acrobat Standard (1 user)(1 year)(net&java 1) Windows',
    'Bose Smart Soundbar 600 with 1:1 scale wall-mount template',
    "L'Oréal Paris Excellence hair color, 1:1 mixing ratio",
    'Bose QC45 v1.1:1 firmware',
    'Snickers chocolate bars 12 PK',
    'Samsung TV remote with 2 AAA batteries',
  ])('"%s" has no coded wording', (title) => {
    expect(reason(score(title), 'coded-wording')).toBeUndefined();
  });

  it.each([
    ['Bose QC45 headphones 1:1', '1:1'],
    ['Bose QC45 headphones (1:1 quality)', '1:1'],
    ['Bose QC45 headphones 1 : 1 quality', '1 : 1'],
    ['博士 QC45 耳机 1比1', '1比1'],
  ])('"%s" says "%s"', (title, matched) => {
    expect(reason(score(title), 'coded-wording')?.evidence.matched).toBe(matched);
  });
});

describe('an ordinary word equal to a disguise needs the brand context', () => {
  it('a puppet called Bosse is nobody’s Bose', () => {
    const v = score('Bosse the Bear hand puppet, 30 cm, handmade felt', { usd: 24 });
    expect(v.level).toBe('ok');
    expect(v.reasons.some((r) => r.evidence.disguised === true)).toBe(false);
  });

  it('the same word with a Bose product category is a disguise', () => {
    const v = score('Bosse noise cancelling headphones', { usd: 24 });
    expect(v.reasons.some((r) => r.evidence.disguised === true)).toBe(true);
    expect(v.level).not.toBe('ok');
  });

  it('a deliberate look-alike (a digit for a letter) needs no context', () => {
    expect(score('B0SE hand puppet').reasons.some((r) => r.evidence.disguised === true)).toBe(true);
  });
});

describe('coded wording anywhere in a title that names the product', () => {
  it('far from the brand it weighs less but still flags', () => {
    const v = score('Samsung Galaxy S23 Ultra 5G 256GB black dual sim global version android replica');
    const w = weightOf(v, 'coded-wording');
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(60);
    expect(v.level).not.toBe('ok');
  });
});

describe('a product line names its brand', () => {
  it.each([
    ['NERF Elite 2.0 blaster replica', 'hasbro'],
    ['Transformers Masterpiece Optimus Prime KO version', 'hasbro'],
    ['Monopoly classic board game replica', 'hasbro'],
    ["M&M'S chocolate candies 1:1 copy", 'mars'],
    ['Snickers bars replica wholesale', 'mars'],
    ['Lancôme La Vie Est Belle 100ml first copy', 'loreal'],
    ['Maybelline Sky High mascara replica', 'loreal'],
    ['Activia yogurt replica packaging', 'danone'],
    ['Evian water 1:1 copy label', 'danone'],
  ])('"%s" is about %s and flagged', (title, brand) => {
    const v = score(title);
    expect(v.brandId).toBe(brand);
    expect(v.level).not.toBe('ok');
  });

  it('a model name without digits and without the brand is not enough ("Expedition Parka" is sold by others)', () => {
    expect(score("Lands' End Men's Expedition Parka, down", { usd: 199 }).level).toBe('ok');
  });
});

describe('category floors and cheaper editions', () => {
  it('a new Canada Goose down jacket at $60 is watched though no model is named', () => {
    const v = score('Canada Goose mens winter down jacket hooded', { usd: 60 });
    expect(reason(v, 'price')?.evidence).toMatchObject({ referenceKind: 'floor', grade: 'strong' });
    expect(v.level).toBe('watch');
  });

  it('used goods and children’s sizes are allowed for', () => {
    expect(score('Canada Goose down jacket used, size M', { usd: 150 }).level).toBe('ok');
    expect(score('Canada Goose kids youth parka', { usd: 150 }).level).toBe('ok');
  });

  it.each([
    ['Adobe Acrobat Pro DC media kit DVD', 15],
    ['Adobe Photoshop Elements 2025', 69],
    ['Monopoly Deal card game', 6.99],
    ['Lancôme La Vie Est Belle travel spray 10 ml', 25],
  ])('"%s" at %s is a cheaper edition, not a cheap licence', (title, usd) => {
    const v = score(title, { usd });
    expect(v.level).toBe('ok');
    expect(reason(v, 'price')?.evidence.edition).toBeTruthy();
  });

  it('a regional floor does not judge prices in another market', () => {
    const v = score('Aptamil Profutura 1 800g Danone', { price: { amount: 79.9, currency: 'BRL' } });
    expect(v.level).toBe('ok');
  });
});

describe('evidence keys', () => {
  // The keys utils/types.ts documents for each signal: the UI and notices render text from them.
  const DOCUMENTED: Record<string, string[]> = {
    brand: ['brand', 'matched', 'disguised', 'trick', 'inPassing', 'cue', 'ambiguous'],
    model: ['brand', 'model', 'matched'],
    'model-unknown': ['brand', 'matched'],
    'coded-wording': ['term', 'matched', 'language', 'near', 'brand', 'distance', 'termWeight'],
    price: [
      ...['price', 'currency', 'accessory', 'edition', 'priceInBase', 'reference', 'referenceCurrency'],
      ...['referenceInBase', 'baseCurrency', 'referenceKind', 'model', 'category', 'ratio', 'grade', 'damped'],
    ],
    'price-outlier': ['price', 'currency', 'priceInBase', 'median', 'mad', 'listings', 'baseCurrency', 'damped'],
    'seller-blocked': ['brand', 'seller', 'sellerId', 'marketplace', 'list'],
    'seller-authorised': ['brand', 'seller', 'sellerId', 'marketplace', 'list'],
  };

  it('every reason over the labelled set carries only documented keys', async () => {
    const { evaluate, loadLabelled } = await import('../../labelled/evaluate');
    const { verdicts } = evaluate(testEngine(), loadLabelled());
    const seen = new Set<string>();
    for (const v of verdicts)
      for (const r of v.reasons) {
        seen.add(r.signal);
        for (const k of Object.keys(r.evidence)) expect(DOCUMENTED[r.signal], `${r.signal}.${k}`).toContain(k);
      }
    // Every signal but the page outlier (the labelled set scores listings one by one) is exercised.
    expect([...seen].sort()).toEqual(
      Object.keys(DOCUMENTED)
        .filter((s) => s !== 'price-outlier')
        .sort(),
    );
  });
});
