import { describe, expect, it } from 'vitest';
import { installPackBytes, type PackDeps } from '../../../utils/packs/install';
import { activatePack, getActiveRow, removePack } from '../../../utils/packs/store';
import { fakeCompiler, freshDb, makePack, NOW, packBytes, publisher, signed } from './helpers';

// Stage-then-swap: what is installed after every kind of success and failure.

async function setup() {
  const db = freshDb();
  const pub = await publisher();
  await db.trustedKeys.put(pub.row);
  const deps: PackDeps = { compiler: fakeCompiler(), now: () => NOW };
  const file = (version: number, patch?: Parameters<typeof makePack>[1]) =>
    signed(
      makePack(pub.keyId, (p) => {
        p.version = version;
        patch?.(p);
      }),
      pub.keyText,
    );
  const install = async (bytes: Uint8Array, extra: Partial<Parameters<typeof installPackBytes>[2]> = {}) =>
    installPackBytes(db, bytes, { source: 'file', activate: true, ...extra }, deps);
  return { db, pub, deps, file, install };
}

describe('installing packs', () => {
  it('installs, then updates in place with the engine stored beside the bytes', async () => {
    const { db, file, install } = await setup();
    expect(await install(await file(1))).toMatchObject({ ok: true, value: { kind: 'installed' } });
    expect(await install(await file(2))).toMatchObject({ ok: true, value: { kind: 'updated' } });
    const row = await getActiveRow(db);
    expect(row).toMatchObject({ id: 'test.pack', version: 2, verified: true, engineFormat: 1, brands: 9 });
    expect(new TextDecoder().decode(row!.engine!)).toContain('"version":2');
  });

  it('refuses a rollback to an older version and keeps the newer one active', async () => {
    const { db, file, install } = await setup();
    await install(await file(3));
    const r = await install(await file(2));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/older than version 3.*rollback/) });
    expect((await getActiveRow(db))?.version).toBe(3);
  });

  it('remembers the highest version after removal, so a removed pack cannot return older', async () => {
    const { db, file, install } = await setup();
    await install(await file(3));
    await removePack(db, 'test.pack');
    expect((await install(await file(2))).ok).toBe(false);
    expect((await install(await file(3))).ok).toBe(true);
  });

  it('treats the same bytes as unchanged and the same version with other bytes as an error', async () => {
    const { file, install } = await setup();
    const v1 = await file(1);
    await install(v1);
    expect(await install(v1)).toMatchObject({ ok: true, value: { kind: 'unchanged' } });
    const changed = await file(1, (p) => (p.name = 'Changed without a version bump'));
    expect(await install(changed)).toMatchObject({ ok: false, error: expect.stringMatching(/higher version/) });
  });

  it('does not let an unverified file replace a verified pack', async () => {
    const { db, pub, file, install } = await setup();
    await install(await file(1));
    const bare = packBytes(makePack(pub.keyId, (p) => (p.version = 2)));
    const r = await install(bare, { allowUnverified: true });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/unverified file cannot replace/) });
    expect((await getActiveRow(db))?.verified).toBe(true);
  });

  it('keeps the old pack active when a rejected pack arrives', async () => {
    const { db, file, install } = await setup();
    await install(await file(1));
    const tampered = (await file(2)).slice();
    tampered[tampered.length - 50] ^= 1;
    expect((await install(tampered)).ok).toBe(false);
    expect((await getActiveRow(db))?.version).toBe(1);
  });

  it('leaves the old pack whole when the swap transaction dies half-way', async () => {
    const { db, file, install } = await setup();
    await install(await file(1, (p) => (p.id = 'first.pack')));
    // The new pack's row is written after the old one is marked inactive; make that write fail.
    db.packs.hook('creating', () => {
      throw new Error('worker killed');
    });
    const r = await install(await file(1, (p) => (p.id = 'second.pack')));
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/previous pack is still active.*worker killed/),
    });
    const rows = await db.packs.toArray();
    expect(rows.map((x) => [x.id, x.active])).toEqual([['first.pack', true]]);
  });

  it('activates one pack at a time and falls back when the active one is removed', async () => {
    const { db, file, install } = await setup();
    await install(await file(1, (p) => (p.id = 'a.pack')), { source: 'bundled' });
    await install(await file(1, (p) => (p.id = 'b.pack')));
    expect((await getActiveRow(db))?.id).toBe('b.pack');
    await activatePack(db, 'a.pack');
    expect((await db.packs.toArray()).filter((r) => r.active).map((r) => r.id)).toEqual(['a.pack']);
    await removePack(db, 'a.pack');
    expect((await getActiveRow(db))?.id).toBe('b.pack');
  });

  it('installs a new pack inactive when asked to', async () => {
    const { db, file, install } = await setup();
    await install(await file(1, (p) => (p.id = 'a.pack')));
    await install(await file(1, (p) => (p.id = 'b.pack')), { activate: false });
    expect((await getActiveRow(db))?.id).toBe('a.pack');
  });
});

describe('publisher boundaries', () => {
  it('refuses a pack that takes over an installed pack id with another trusted key', async () => {
    const { db, file, install } = await setup();
    await install(await file(1));
    const other = await publisher('Other alliance');
    await db.trustedKeys.put(other.row);
    const hijack = await signed(
      makePack(other.keyId, (p) => (p.version = 9)),
      other.keyText,
    );
    expect(await install(hijack)).toMatchObject({ ok: false, error: expect.stringMatching(/another publisher key/) });
    expect((await getActiveRow(db))?.version).toBe(1);
  });

  it('lets the bundled demo key vouch for the bundled pack only, never an imported or subscribed one', async () => {
    const { db, deps } = await setup();
    const { readFileSync } = await import('node:fs');
    const { parsePublicKey } = await import('../../../utils/packs/keys');
    const demo = await parsePublicKey(readFileSync('assets/packs/demo-publisher.pub', 'utf8'));
    if (!demo.ok) throw new Error(demo.error);
    await db.trustedKeys.put({
      keyId: demo.value.keyId,
      publicKey: Buffer.from(demo.value.publicKey).toString('base64'),
      label: 'demo',
      addedAt: 0,
      bundled: true,
    });
    const { demoSecret } = await import('./helpers');
    const example = await signed(
      makePack(demo.value.keyId, (p) => (p.example = true)),
      demoSecret(),
    );
    expect(await installPackBytes(db, example, { source: 'file', activate: true }, deps)).toMatchObject({
      ok: false,
      canOverride: true,
      error: expect.stringMatching(/unknown key/),
    });
    expect(await installPackBytes(db, example, { source: 'bundled', activate: true }, deps)).toMatchObject({
      ok: true,
    });
  });
});
