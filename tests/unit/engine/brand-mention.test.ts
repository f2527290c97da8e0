import { describe, expect, it } from 'vitest';
import { scoreListing } from '../../../utils/engine/index';
import { listing, reason, testEngine } from './helpers';

// Every disguise the issue names, against the plain spelling: [title, brand id, disguised?]
const MENTIONS: [string, string, boolean][] = [
  ['Bose QuietComfort headphones', 'bose', false],
  ['BOSE headphones', 'bose', false],
  ['Ｂｏｓｅ headphones', 'bose', false], // full-width: NFKC, not a disguise
  ["L'Oreal Paris Revitalift", 'loreal', false],
  ['LOREAL paris serum', 'loreal', false],
  ["L'ORÉAL serum", 'loreal', false],
  ['Canada Goose parka', 'canada-goose', false],
  ['CanadaGoose parka', 'canada-goose', false],
  ['Canada-Goose parka', 'canada-goose', false],
  ['加拿大鹅 羽绒服', 'canada-goose', false],
  ['B0SE headphones', 'bose', true], // digit for letter
  ['Bоse headphones', 'bose', true], // Cyrillic о
  ['Ᏼose headphones', 'bose', false], // a look-alike we do not fold: no hit at all (checked below)
  ['B.O.S.E headphones', 'bose', true], // punctuation between letters
  ['B O S E headphones', 'bose', true], // spaces between letters
  ['Sam sung Galaxy phone', 'samsung', true], // space inside the name
  ['Sam-sung Galaxy phone', 'samsung', true],
  ['S@msung Galaxy phone', 'samsung', true],
  ['Samsumg Galaxy phone', 'samsung', true], // listed misspelling
  ['Samsunng Galaxy phone', 'samsung', true], // doubled letter
  ['Sarnsung Galaxy phone', 'samsung', true], // "rn" for "m"
  ['SAMSUNG GAIAXY phone', 'samsung', false], // "I" for "l" in a model word does not disguise the brand
  ['Canada-G00se parka', 'canada-goose', true],
  ['H0NDA generator', 'honda', true],
  ['Hasbr0 Monopoly', 'hasbro', true],
  ['Ad0be Photoshop', 'adobe', true],
];

describe('brand mention after normalisation', () => {
  it.each(MENTIONS.filter(([t]) => !t.startsWith('Ᏼ')))('%s -> %s (disguised: %s)', (title, brand, disguised) => {
    const v = scoreListing(testEngine(), listing(title));
    expect(v.brandId).toBe(brand);
    const disguise = v.reasons.find((r) => r.signal === 'brand' && r.evidence.disguised === true);
    expect(Boolean(disguise)).toBe(disguised);
    if (disguised) expect(disguise!.message).toMatch(/disguised spelling of/);
  });

  // Look-alike folds must not turn ordinary words into brand hits.
  it.each([
    'Boss office chair ergonomic',
    'Rose gold necklace',
    'Base layer thermal shirt',
    'Hands free honey dipper',
    'Samson microphone stand',
    'Adobo seasoning 16 oz',
    'Loreto marble tiles',
    'Hasbrouck Heights map print',
    'Bosch drill 18V',
  ])('no brand in "%s"', (title) => {
    const v = scoreListing(testEngine(), listing(title, { usd: 5 }));
    expect(v.level).toBe('ok');
    expect(v.reasons.filter((r) => r.weight > 0)).toEqual([]);
  });

  it('quotes the words as written in the title', () => {
    const v = scoreListing(testEngine(), listing('New B0SE QC45 headphones'));
    expect(reason(v, 'brand')?.evidence.matched).toBe('B0SE');
  });
});

describe('brand names used in passing', () => {
  it.each([
    ['Case for Samsung Galaxy S24 Ultra', 'for Samsung'],
    ['Replacement ear pads compatible with Bose QC45, 1:1 fit', 'compatible with Bose'],
    ['Funda para Samsung Galaxy S24', 'para Samsung'],
    ['适用于三星 Galaxy S24 手机壳', '适用于三星'],
    ['Bose QC45 耳罩 专用', 'Bose QC45 耳罩 专用'],
  ])('%s is ok and says "%s"', (title, cue) => {
    const v = scoreListing(testEngine(), listing(title, { usd: 10 }));
    expect(v.level).toBe('ok');
    expect(v.score).toBe(0);
    const r = reason(v, 'brand')!;
    expect(r.evidence.inPassing).toBe(true);
    expect(r.message).toContain(cue.split(' ')[0]);
  });

  it('a coded word before "for" makes it a claim, not a fit', () => {
    expect(scoreListing(testEngine(), listing('Dupe for Canada Goose Expedition parka', { usd: 120 })).level).toBe(
      'suspect',
    );
  });

  it('a brand named both as the product and as what it fits is the product', () => {
    const v = scoreListing(testEngine(), listing('Samsung replica 25W charger for Samsung Galaxy S24', { usd: 5 }));
    expect(v.level).toBe('suspect');
  });
});

describe('short and ambiguous names', () => {
  it.each([
    'Mars rover replica model 1:18',
    'Planet Mars poster replica print',
    'Galaxy projector night light 1:1',
    '博士 学位服 全套',
  ])('"%s" alone does not name the brand', (title) => {
    const v = scoreListing(testEngine(), listing(title, { usd: 3 }));
    expect(v.level).toBe('ok');
  });

  it('an ordinary-word brand counts once a distinctive term of the brand joins it', () => {
    const v = scoreListing(testEngine(), listing('Mars Snickers replica chocolate bars wholesale'));
    expect(v.brandId).toBe('mars');
    expect(v.level).toBe('suspect');
  });

  it("the page's own brand field confirms an ordinary-word brand", () => {
    const v = scoreListing(testEngine(), listing('Mars chocolate replica 1:1', { brand: 'Mars' }));
    expect(v.level).toBe('suspect');
  });
});
