// Random packs at the loader: random bytes, and the demo pack with values swapped for random
// JSON at random places. The loader answers with a pack it compiled or with a sentence; it never
// throws, and a pack it accepts scores a listing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEngine, scoreListing } from '../../../utils/engine/index';
import { engineCompiler } from '../../../utils/packs/engine-port';
import { openPack } from '../../../utils/packs/open';
import { encodeUtf8 } from '../../../utils/bytes';
import { demoPackJson, NOW } from '../packs/helpers';
import { listing } from '../engine/helpers';

const opts = { keys: [], compiler: engineCompiler(), now: NOW, allowUnverified: true };

async function load(bytes: Uint8Array): Promise<void> {
  const r = await openPack(bytes, opts);
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(10);
    return;
  }
  const engine = loadEngine(r.value.engineBytes);
  expect(['ok', 'watch', 'suspect']).toContain(scoreListing(engine, listing('Bose QC45 replica 1:1 headphones')).level);
}

/** Every path to a value in a JSON tree, so a mutation can land anywhere. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (v && typeof v === 'object' && out.length < 5_000)
    for (const [k, c] of Object.entries(v)) paths(c, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

const base = JSON.parse(demoPackJson()) as Record<string, unknown>;
const allPaths = paths(base).filter((p) => p.length > 0);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('^(\\d+-?)+$', '^((\\d+))+$', '(a)\\1', '', 'x'.repeat(10_000), -1, 1e308, null, [], {}),
);

describe('fuzz: random packs at the loader', () => {
  it('random bytes get a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => load(bytes)),
      { numRuns: 100 },
    );
  });

  it('the demo pack with random values at random places loads or gets a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(allPaths.length - 1), hostileValue), { minLength: 1, maxLength: 3 }),
        async (edits) => {
          const pack = structuredClone(base) as Record<string, unknown>;
          delete pack.example; // the demo key's example flag would refuse it before the rules are read
          for (const [i, value] of edits) {
            const path = allPaths[i];
            let parent = pack as Record<string | number, unknown>;
            for (const k of path.slice(0, -1)) {
              if (!parent || typeof parent !== 'object') break;
              parent = parent[k] as Record<string | number, unknown>;
            }
            if (parent && typeof parent === 'object') parent[path.at(-1)!] = value;
          }
          await load(encodeUtf8(JSON.stringify(pack)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
