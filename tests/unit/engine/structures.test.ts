// The engine's lookup structures: filters may say "maybe" wrongly but never "no" wrongly, shared
// keys keep every posting, and the title tokeniser's fast path hands over cleanly.
import { describe, expect, it } from 'vitest';
import { compilePack, scoreListing } from '../../../utils/engine/index';
import type { RulePack } from '../../../utils/packs/schema';
import { SKELETON_SALT } from '../../../utils/engine/hash';
import { findSellerTags } from '../../../utils/engine/sellers';
import { Q_TERM, Q_PREFIX, Q_SKEL_TERM, inFilter, slotOf } from '../../../utils/engine/term-table';
import { termKey } from '../../../utils/engine/term-key';
import { newTokens, normaliseText, tokenise, tokeniseGeneral } from '../../../utils/engine/tokenise';
import type { Tokens } from '../../../utils/engine/tokenise';
import { listing, testEngine, testPack } from './helpers';

const view = (t: Tokens) => {
  const out = [];
  for (let i = 0; i < t.n; i++)
    out.push([t.start[i], t.end[i], t.len[i], t.skLen[i], t.h1[i], t.h2[i], t.s1[i], t.s2[i], t.flags[i]]);
  return out;
};

function pack(
  brands: { id: string; name: string; models?: string[]; sellers?: number; blocked?: string[] }[],
): RulePack {
  const base = testPack();
  return {
    ...base,
    brands: brands.map((b) => ({
      ...base.brands[0],
      id: b.id,
      name: b.name,
      aliases: [],
      disguises: [],
      catalogueComplete: false,
      rights: [],
      models: (b.models ?? []).map((name, i) => ({ id: `${b.id}-m${i}`, name, terms: [], prices: [] })),
      authorisedSellers: [],
      blockedSellers: [
        ...(b.blocked ?? []).map((id) => ({ marketplace: 'ebay', id })),
        ...Array.from({ length: b.sellers ?? 0 }, (_, i) => ({ marketplace: 'amazon', id: `${b.id}-s${i}` })),
      ],
    })),
  } as RulePack;
}

describe('term filter and table', () => {
  it('never turns away a compiled term, in either spelling, nor its leading words', () => {
    const engine = testEngine();
    const p = testPack();
    for (const b of p.brands) {
      for (const term of [b.name, ...b.aliases, ...b.models.flatMap((m) => [m.name, ...m.terms])]) {
        const k = termKey(term)!;
        expect(inFilter(engine.a.filter, Q_TERM, k.h1, k.h2), term).toBe(true);
        expect(slotOf(engine.a.slots, k.h1, k.h2), term).toBeGreaterThanOrEqual(0);
        for (let i = 0; i < k.boundaries.length; i += 4) {
          expect(inFilter(engine.a.filter, Q_PREFIX, k.boundaries[i], k.boundaries[i + 1]), term).toBe(true);
        }
      }
      const k = termKey(b.name)!;
      if (k.skLen >= 4) {
        expect(inFilter(engine.a.filter, Q_SKEL_TERM, k.s1, k.s2), b.name).toBe(true);
        expect(slotOf(engine.a.slots, k.s1 ^ SKELETON_SALT, k.s2), b.name).toBeGreaterThanOrEqual(0);
      }
    }
  });

  // Two brands with one model spelling put two postings behind one key (the shared-postings path).
  it('finds either brand by a model spelling both brands share', () => {
    const engine = compilePack(
      pack([
        { id: 'a', name: 'Alphaone', models: ['Pro Max 7'] },
        { id: 'b', name: 'Betatwo', models: ['Pro Max 7'] },
      ]),
    );
    expect(scoreListing(engine, listing('Alphaone Pro Max 7 case')).brandId).toBe('a');
    expect(scoreListing(engine, listing('Betatwo Pro Max 7')).brandId).toBe('b');
  });
});

describe('spaced model numbers', () => {
  it.each([
    // The longest mention of the model is quoted: here the model's full name, spaced as the title spaces it.
    ['Honda GX 390 engine, 13 hp', 'GX390 Engine', 'GX 390 engine'],
    ['Honda EU 3000iS inverter generator', 'EU3000iS Inverter Generator', 'EU 3000iS inverter generator'],
    ['Honda EU 3000 iS inverter generator', 'EU3000iS Inverter Generator', 'EU 3000 iS inverter generator'],
  ])('"%s" names the model whatever the filter answers for its first part', (title, model, matched) => {
    const r = scoreListing(testEngine(), listing(title)).reasons.find((x) => x.signal === 'model');
    expect(r?.evidence).toMatchObject({ model, matched });
  });

  it('holds only where letters meet digits, and only for model numbers', () => {
    expect(
      scoreListing(testEngine(), listing('Honda G X390, 13 hp')).reasons.find((r) => r.signal === 'model'),
    ).toBeUndefined();
  });
});

describe('seller filter', () => {
  it('finds every listed seller and returns an empty list, which callers cannot change, for the rest', () => {
    const engine = compilePack(
      pack([
        { id: 'a', name: 'Alphaone', sellers: 3000 },
        { id: 'b', name: 'Betatwo', sellers: 3000, blocked: ['bad-shop'] },
      ]),
    );
    for (let i = 0; i < 3000; i++) {
      expect(findSellerTags(engine.a, 'amazon', `a-s${i}`, null)).toEqual([1]); // brand 0, blocked
      expect(findSellerTags(engine.a, 'amazon', `b-s${i}`, null)).toEqual([3]);
    }
    expect(findSellerTags(engine.a, 'ebay', 'bad-shop', null)).toEqual([3]);
    const none = findSellerTags(engine.a, 'amazon', 'nobody', null);
    expect(none).toEqual([]);
    // The empty answer is shared between lookups: a caller pushing to it must not change the next one.
    expect(() => (none as number[]).push(1)).toThrow(TypeError);
    expect(findSellerTags(engine.a, 'amazon', 'nobody-else', null)).toEqual([]);
    expect(findSellerTags(engine.a, 'amazon', 'bad-shop', null)).toEqual([]); // ids are per marketplace
  });
});

describe('title tokeniser', () => {
  it('hands a title over to the general loop at its first non-ASCII character, whatever it wrote before', () => {
    for (const title of [
      'Bose QC45 Wireless Headphones – black',
      'Samsung Galaxy S24 Ultra 256GB 高仿',
      'B0SE ｂｏｓｅ Boose',
      'ASCII only, then é',
    ]) {
      const t = tokenise(title, true);
      expect(view(t), title).toEqual(view(tokeniseGeneral(newTokens(), normaliseText(title))));
      expect(t.text).toBe(normaliseText(title));
    }
  });

  it('scores titles the same before and after another pack is compiled in the same worker', () => {
    const engine = testEngine();
    const titles = [
      'Bose QC45 replica 1:1',
      'case for Samsung Galaxy S24',
      'B.O.S.E headphones',
      'Canada Goose parka AAA',
    ];
    const before = titles.map((t) => scoreListing(engine, listing(t, { usd: 40 })));
    compilePack(testPack()); // feeds the general loop every kind of string
    expect(titles.map((t) => scoreListing(engine, listing(t, { usd: 40 })))).toEqual(before);
  });
});
