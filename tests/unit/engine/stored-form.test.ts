import { describe, expect, it } from 'vitest';
import {
  ENGINE_FORMAT,
  compilePack,
  engineInfo,
  loadEngine,
  scoreListing,
  serializeEngine,
} from '../../../utils/engine/index';
import { listing, testEngine, testPack } from './helpers';
import { loadLabelled, toListing } from '../../labelled/evaluate';

describe('compile, store and load', () => {
  it('a loaded engine gives the same verdicts as the compiled one', () => {
    const loaded = loadEngine(serializeEngine(testEngine()));
    const set = loadLabelled();
    set.forEach((l, i) => {
      const ctx = { marketplace: l.marketplace };
      expect(scoreListing(loaded, toListing(l, i), ctx)).toEqual(scoreListing(testEngine(), toListing(l, i), ctx));
    });
  });

  it('reports what it holds', () => {
    expect(engineInfo(testEngine())).toEqual({
      packId: 'test.labelled-set',
      packVersion: 1,
      brands: 9,
      terms: expect.any(Number),
    });
    expect(engineInfo(testEngine()).terms).toBeGreaterThan(100);
  });

  it('refuses another format number', () => {
    const buf = serializeEngine(testEngine());
    new Uint32Array(buf)[1] = ENGINE_FORMAT + 1;
    expect(() => loadEngine(buf)).toThrow(/format/);
  });

  it.each([
    ['truncated', (b: ArrayBuffer) => b.slice(0, b.byteLength - 8)],
    [
      'bit flip',
      (b: ArrayBuffer) => {
        new Uint8Array(b)[b.byteLength >> 1] ^= 1;
        return b;
      },
    ],
    ['not an engine', () => new ArrayBuffer(64)],
    ['empty', () => new ArrayBuffer(0)],
  ])('refuses a corrupt buffer (%s)', (_, spoil) => {
    expect(() => loadEngine(spoil(serializeEngine(testEngine())))).toThrow(/corrupt/);
  });

  it('throws a clear error when a term normalises to nothing', () => {
    const pack = testPack();
    pack.brands[0] = { ...pack.brands[0], aliases: ['!!!'] };
    expect(() => compilePack(pack)).toThrow(/brand bose alias "!!!" normalises to nothing/);
  });

  it('scores a listing with an empty or odd title', () => {
    for (const t of ['', '   ', '🙂🙂', 'x'.repeat(5000)])
      expect(scoreListing(testEngine(), listing(t)).level).toBe('ok');
  });
});

describe('loading from storage', () => {
  it('accepts a typed-array view over the stored bytes', () => {
    const buf = serializeEngine(testEngine());
    const view = new Uint8Array(buf);
    expect(engineInfo(loadEngine(view as unknown as ArrayBuffer))).toEqual(engineInfo(testEngine()));
  });
});
