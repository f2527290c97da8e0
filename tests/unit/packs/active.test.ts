import { beforeEach, describe, expect, it, vi } from 'vitest';

// The engine is replaced by a counting stand-in so the test can see when it compiles.
const engine = vi.hoisted(() => ({ format: 7, compiles: 0, loads: 0 }));
vi.mock('../../../utils/packs/engine-port', () => ({
  get ENGINE_FORMAT() {
    return engine.format;
  },
  engineCompiler: () => ({
    format: engine.format,
    compile: (p: { id: string; version: number }) => {
      engine.compiles++;
      return { id: p.id, version: p.version };
    },
    serialize: (e: unknown) => new TextEncoder().encode(JSON.stringify(e)).buffer,
  }),
  loadEngine: (buf: ArrayBuffer) => {
    engine.loads++;
    return { ...JSON.parse(new TextDecoder().decode(buf)), loaded: true };
  },
}));

import { ensureBundledPack, forgetActiveEngine, getActivePack, loadActiveEngine } from '../../../utils/packs/active';
import { freshDb } from './helpers';

beforeEach(() => {
  engine.format = 7;
  engine.compiles = 0;
  engine.loads = 0;
  forgetActiveEngine();
});

describe('active pack', () => {
  it('installs the bundled demo pack, verified by the bundled key, on a fresh database', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    const keys = await db.trustedKeys.toArray();
    expect(keys).toMatchObject([{ bundled: true, keyId: '65e6d68a0a3f10614b0aa2d33e1f25ca' }]);
    const [row] = await db.packs.toArray();
    expect(row).toMatchObject({
      id: 'demo.alliance-example',
      source: 'bundled',
      verified: true,
      example: true,
      active: true,
      brands: 9,
    });
    expect(Object.keys(row.marketplaces)).toContain('amazon');
    // Idempotent: a second start neither reinstalls nor duplicates the key.
    await ensureBundledPack(db);
    expect(await db.packs.count()).toBe(1);
    expect(await db.trustedKeys.count()).toBe(1);
  });

  it('loads the stored engine on a cold start without compiling', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    expect(engine.compiles).toBe(1);
    forgetActiveEngine(); // a new service worker
    const active = await loadActiveEngine(db);
    expect(active?.engine).toMatchObject({ id: 'demo.alliance-example', loaded: true });
    expect(active?.pack).toMatchObject({
      id: 'demo.alliance-example',
      verified: true,
      example: true,
      brands: 9,
      publisher: 'Listing Lens demo publisher',
    });
    expect(engine.compiles).toBe(1);
    await loadActiveEngine(db);
    expect(engine.loads).toBe(1); // cached for the worker's life
  });

  it('rebuilds from the stored bytes once when the engine format changed, and stores the result', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    engine.format = 8;
    forgetActiveEngine();
    const active = await loadActiveEngine(db);
    expect(active?.engine).toMatchObject({ id: 'demo.alliance-example' });
    expect(engine.compiles).toBe(2);
    expect((await db.packs.toArray())[0].engineFormat).toBe(8);
    forgetActiveEngine();
    await loadActiveEngine(db);
    expect(engine.compiles).toBe(2);
  });

  it('returns null with no pack and the parsed pack when there is one', async () => {
    const db = freshDb();
    expect(await loadActiveEngine(db)).toBe(null);
    expect(await getActivePack(db)).toBe(null);
    await ensureBundledPack(db);
    const pack = await getActivePack(db);
    expect(pack?.brands.map((b) => b.id)).toEqual([
      'bose',
      'canada-goose',
      'honda',
      'samsung',
      'mars',
      'adobe',
      'danone',
      'hasbro',
      'loreal',
    ]);
  });
});
