import { describe, expect, it } from 'vitest';
import { scoreListing } from '../../../utils/engine/index';
import { proximityFactor } from '../../../utils/engine/reasons-wording';
import { listing, reason, testEngine, weightOf } from './helpers';

describe('coded counterfeit wording', () => {
  // [title, matched words, distance in words, weight after proximity]
  it.each([
    ['Bose QC45 replica headphones', 'replica', 0, 60],
    ['Replica Bose headphones', 'Replica', 0, 60],
    ['Bose wireless replica headphones', 'replica', 1, 60],
    ['Bose wireless bluetooth foldable replica', 'replica', 3, 60 * proximityFactor(3)],
    ['Bose headphones wireless bluetooth foldable black new replica', 'replica', 6, 60 * proximityFactor(6)],
    ['1:1 Bose headphones', '1:1', 0, 60],
    ['Bose mirror quality headphones', 'mirror quality', 0, 65],
    ['高仿 Bose 耳机', '高仿', 0, 70],
    ['三星 1比1 手机', '1比1', 0, 60],
    ['加拿大鹅 羽绒服 原单', '原单', 0, 60], // next to the category word "羽绒服"
    ['Audífonos Bose réplica', 'réplica', 0, 60],
    ['Audífonos Bose replica', 'replica', 0, 60], // accent dropped
    ['Jaqueta Canada Goose primeira linha', 'primeira linha', 0, 50],
    ['Rep1ica Bose headphones', 'Rep1ica', 0, 60], // coded words are matched through look-alikes too
  ])('%s: "%s" at %i words weighs %f', (title, matched, distance, weight) => {
    const v = scoreListing(testEngine(), listing(title));
    const r = reason(v, 'coded-wording')!;
    expect(r.evidence.matched).toBe(matched);
    expect(r.evidence.distance).toBe(distance);
    expect(r.weight).toBeCloseTo(weight, 0);
    expect(r.message).toMatch(
      new RegExp(`^Title says "${matched.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" (right next to|\\d+ words? from) "`),
    );
  });

  it('says how far the word is from the brand, as users read it', () => {
    const v = scoreListing(testEngine(), listing('Bose wireless replica'));
    expect(reason(v, 'coded-wording')!.message).toBe('Title says "replica" 1 word from "Bose"');
  });

  it.each([
    ['Bose AAA headphones', true],
    ['Bose wireless headphones with AAA batteries', false],
    ['Chamarra tipo Canada Goose', true],
    ['Canada Goose parka black hood, tipo de cierre: cremallera', false],
    ['OEM Honda oil filter', true],
  ])('near-brand-only word in "%s" counts: %s', (title, counts) => {
    const v = scoreListing(testEngine(), listing(title));
    expect(weightOf(v, 'coded-wording') > 0).toBe(counts);
  });

  it('keeps the longest of overlapping words and counts a repeated word once', () => {
    const v = scoreListing(testEngine(), listing('Bose AAAA headphones'));
    expect(v.reasons.filter((r) => r.signal === 'coded-wording').map((r) => r.evidence.term)).toEqual(['AAAA']);
  });

  it('adds further words at a diminishing share, capped', () => {
    const one = weightOf(scoreListing(testEngine(), listing('Bose replica headphones')), 'coded-wording');
    const three = weightOf(
      scoreListing(testEngine(), listing('Bose replica 1:1 mirror quality high copy headphones')),
      'coded-wording',
    );
    expect(three).toBeGreaterThan(one);
    expect(three).toBeLessThanOrEqual(70);
  });

  it('without a brand or model mention coded words count for nothing', () => {
    const v = scoreListing(testEngine(), listing('replica 1:1 mirror quality headphones'));
    expect(v).toMatchObject({ level: 'ok', score: 0, brandId: null });
  });

  it('is damped where "replica" names the product type (scale models, props, team merchandise)', () => {
    const v = scoreListing(testEngine(), listing('Honda Civic Type R 1:18 diecast replica'));
    expect(v.level).toBe('ok');
    expect(reason(v, 'coded-wording')!.message).toMatch(/damped/);
  });
});
