// Pack patterns: the safe subset (refusals as sentences), and a fuzz test that throws generated
// patterns and titles at the checker and at the engine that runs the accepted ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePack, scoreListing } from '../../../utils/engine/index';
import { MAX_PATTERN_INPUT } from '../../../utils/engine/patterns';
import { PATTERN_FLAGS, patternProblem } from '../../../utils/packs/pattern';
import { listing, testPack } from '../engine/helpers';

describe('patternProblem', () => {
  it.each([
    ['^(\\d+-?)+$', /nests quantifiers/],
    ['^(\\d+\\s?)+$', /nests quantifiers/],
    ['^((\\d+))+$', /nests quantifiers/],
    ['^(a+)+$', /nests quantifiers/],
    ['^(?:a|a)*$', /nests quantifiers/],
    ['^(?<n>(x\\d?))*$', /nests quantifiers/],
    ['^((ab)c+)+$', /nests quantifiers/],
    ['(a)\\1', /backreference/],
    ['(?<n>a)\\k<n>', /backreference/],
    ['^\\d+\\d+$', /side by side/],
    ['^\\d*\\d+x$', /side by side/],
    ['^(ab)+(ab)*$', /side by side/],
    ['^a{1,1000}$', /above 40/],
    ['^a+-b+-c+-d+-e+$', /more than 4/],
    ['x'.repeat(201), /longer than 200/],
    ['^QC(45', /invalid regular expression/],
  ])('refuses %s with a sentence', (src, why) => {
    expect(patternProblem(src)).toMatch(why);
  });

  it.each([
    '^QC ?45$',
    '^QC ?4\\d[a-z]?$',
    '^WH-1000XM[3-5]$',
    '^(?:SM-)?G9\\d{2}[A-Z]?$',
    '^[A-Z]{2}\\d+-\\d+$',
    '^(?:ab)+$',
    '^\\p{L}{2}\\d{3}$',
    '^a[+*]b\\+c$',
    '^[A-Z]+\\d+$',
  ])('accepts %s', (src) => {
    expect(patternProblem(src)).toBeNull();
  });
});

// Pieces that regular expressions which hang are made of, and ordinary ones: the generator
// combines them into patterns, most of which the checker must refuse.
const piece = fc.constantFrom(
  '\\d',
  '\\s',
  '\\w',
  '[a-z]',
  '[0-9-]',
  'a',
  '1',
  '-',
  ' ',
  '.',
  '(',
  ')',
  '(?:',
  '|',
  '+',
  '*',
  '?',
  '{2}',
  '{1,3}',
  '{2,}',
  '\\1',
  '^',
  '$',
);
const patternArb = fc.oneof(
  fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);
const titleArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.tuple(fc.constantFrom('1', 'a', '1-', '1 ', 'x'), fc.integer({ min: 1, max: 120 })).map(([s, n]) => s.repeat(n)),
);

describe('fuzz: generated patterns and titles', () => {
  it('the checker answers for any source, and accepted patterns run on bounded words', () => {
    fc.assert(
      fc.property(patternArb, titleArb, (src, title) => {
        const why = patternProblem(src);
        expect(why === null || typeof why === 'string').toBe(true);
        if (why !== null) return;
        const re = new RegExp(src, PATTERN_FLAGS);
        re.test(title.slice(0, MAX_PATTERN_INPUT));
      }),
      { numRuns: 400 },
    );
  });

  it('the engine scores any title against a pack with any accepted pattern', () => {
    const base = testPack();
    fc.assert(
      fc.property(
        patternArb.filter((src) => patternProblem(src) === null),
        titleArb,
        (src, title) => {
          const pack = structuredClone(base);
          pack.brands.find((b) => b.id === 'bose')!.models[0].patterns = [src];
          const v = scoreListing(compilePack(pack), listing(`Bose ${title || 'x'} QC 4${title}`));
          expect(['ok', 'watch', 'suspect']).toContain(v.level);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an engine built elsewhere with a hanging pattern skips it instead of running it', () => {
    const pack = structuredClone(testPack());
    pack.brands.find((b) => b.id === 'bose')!.models[0].patterns = ['^(\\d+-?)+$'];
    const v = scoreListing(compilePack(pack), listing(`Bose ${'1'.repeat(5_000)}! headphones`));
    expect(v.reasons.some((r) => r.signal === 'model' && String(r.evidence.matched).startsWith('1'))).toBe(false);
  });
});
