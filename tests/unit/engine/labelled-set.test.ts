// The labelled set: 200+ realistic listings (genuine and fake, four languages) scored with the test
// pack. Precision on "suspect" must stay >= 0.98; the figures are printed for the README.
// Regenerate them with: npx tsx tests/labelled/evaluate.ts [--misses] [--pack assets/packs/demo-pack.json]
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../utils/engine/index';
import { packSchema } from '../../../utils/packs/schema';
import { evaluate, loadLabelled } from '../../labelled/evaluate';
import { testEngine } from './helpers';

describe('labelled set', () => {
  const set = loadLabelled();

  it('is big and varied enough to mean something', () => {
    expect(set.length).toBeGreaterThanOrEqual(200);
    const tags = new Set(set.map((l) => `${l.truth}/${l.tag}`));
    for (const t of [
      'genuine/official',
      'genuine/discount',
      'genuine/used',
      'genuine/passing',
      'genuine/ambiguous',
      'fake/disguise',
      'fake/coded-zh',
      'fake/coded-es',
      'fake/coded-pt',
      'fake/blocked',
      'fake/unknown-model',
    ]) {
      expect(tags).toContain(t);
    }
  });

  it('precision on suspect >= 0.98 with the test pack', () => {
    const { figures } = evaluate(testEngine(), set);
    console.log('labelled set, test pack:', JSON.stringify({ ...figures, byTag: undefined }));
    expect(figures.suspect.precision).toBeGreaterThanOrEqual(0.98);
    expect(figures.suspect.recall).toBeGreaterThan(0.6);
  });

  const demo = new URL('../../../assets/packs/demo-pack.json', import.meta.url);
  it.runIf(existsSync(demo))('precision on suspect >= 0.98 with the bundled demo pack', () => {
    const engine = compilePack(packSchema.parse(JSON.parse(readFileSync(demo, 'utf8'))));
    const { figures } = evaluate(engine, set);
    console.log('labelled set, demo pack:', JSON.stringify({ ...figures, byTag: undefined }));
    expect(figures.suspect.precision).toBeGreaterThanOrEqual(0.98);
  });
});
