import { describe, expect, it } from 'vitest';
import { openPack } from '../../../utils/packs/open';
import { encodeSignedPack } from '../../../utils/packs/envelope';
import { splitSignedPack } from '../../../utils/packs/envelope';
import { fakeCompiler, makePack, NOW, packBytes, publisher, signed } from './helpers';

// Every way a pack is refused before it can reach storage.

async function setup(patch?: Parameters<typeof makePack>[1]) {
  const pub = await publisher();
  const file = await signed(makePack(pub.keyId, patch), pub.keyText);
  return { pub, file, opts: { keys: [pub.ref], compiler: fakeCompiler(), now: NOW } };
}

describe('openPack', () => {
  it('accepts a pack signed by a trusted key and compiles it', async () => {
    const { file, opts } = await setup();
    const r = await openPack(file, opts);
    expect(r.ok && r.value.verified).toBe(true);
    expect(r.ok && r.value.pack.brands.length).toBe(9);
    expect(opts.compiler.calls).toBe(1);
  });

  it('rejects a pack with one byte changed after signing, before parsing it', async () => {
    const { file, opts } = await setup();
    const tampered = file.slice();
    const at = tampered.length - 200;
    tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31;
    const r = await openPack(tampered, opts);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/signature does not match/) });
    expect(opts.compiler.calls).toBe(0);
  });

  it('rejects a changed signature', async () => {
    const { file, opts } = await setup();
    const parts = splitSignedPack(file);
    if (!parts.ok) throw new Error(parts.error);
    const sig = parts.value.signature.slice();
    sig[0] ^= 1;
    const r = await openPack(encodeSignedPack(parts.value.payload, parts.value.keyId, sig), opts);
    expect(r.ok).toBe(false);
  });

  it('refuses a pack signed by an unknown key, unless the user accepts it as unverified', async () => {
    const { file, opts } = await setup();
    const stranger = await publisher('Stranger');
    const r = await openPack(file, { ...opts, keys: [stranger.ref] });
    expect(r).toMatchObject({ ok: false, canOverride: true, error: expect.stringMatching(/unknown key/) });
    const accepted = await openPack(file, { ...opts, keys: [stranger.ref], allowUnverified: true });
    expect(accepted.ok && accepted.value.verified).toBe(false);
  });

  it('refuses an unsigned pack unless the user accepts it, and marks it unverified', async () => {
    const pub = await publisher();
    const bare = packBytes(makePack(pub.keyId));
    const opts = { keys: [pub.ref], compiler: fakeCompiler(), now: NOW };
    expect(await openPack(bare, opts)).toMatchObject({ ok: false, canOverride: true });
    const r = await openPack(bare, { ...opts, allowUnverified: true });
    expect(r.ok && r.value.verified).toBe(false);
    expect(r.ok && r.value.signature).toBe(null);
  });

  it('refuses a file that is not a pack outright, never offering to install it as unverified', async () => {
    const opts = { keys: [], compiler: fakeCompiler(), now: NOW };
    const r = await openPack(new TextEncoder().encode('{"hello": "world"}'), opts);
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('canOverride');
    const text = await openPack(new TextEncoder().encode('hello'), opts);
    expect(text).toMatchObject({ ok: false, error: expect.stringMatching(/not valid UTF-8 JSON/) });
    expect(text).not.toHaveProperty('canOverride');
  });

  it('never lets a bad signature through, even when unverified packs are allowed', async () => {
    const { file, opts } = await setup();
    const tampered = file.slice();
    tampered[tampered.length - 10] ^= 1;
    expect((await openPack(tampered, { ...opts, allowUnverified: true })).ok).toBe(false);
  });

  it('rejects an expired pack', async () => {
    const { file, opts } = await setup();
    const r = await openPack(file, { ...opts, now: Date.parse('2028-01-01T00:00:00Z') });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/expired on 2027-11-01/) });
  });

  it('rejects an oversize file without reading it', async () => {
    const { file, opts } = await setup();
    const r = await openPack(file, { ...opts, maxBytes: 1_000 });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });

  it('rejects a pack with an unknown key in it (strict schema)', async () => {
    const { file, opts } = await setup((p) => Object.assign(p.brands[0], { secretBackdoor: true }));
    const r = await openPack(file, opts);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/rule-pack format: brands\.0.*secretBackdoor/) });
  });

  it('rejects a pack with a missing field', async () => {
    const { file, opts } = await setup((p) => delete (p as Partial<typeof p>).currencies);
    expect(await openPack(file, opts)).toMatchObject({ ok: false, error: expect.stringMatching(/currencies/) });
  });

  it('rejects a model pattern that is not a valid regular expression', async () => {
    const { file, opts } = await setup((p) => (p.brands[0].models[0].patterns = ['^QC(45']));
    expect(await openPack(file, opts)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/invalid regular expression/),
    });
  });

  it('rejects a model pattern that could backtrack catastrophically', async () => {
    const { file, opts } = await setup((p) => (p.brands[0].models[0].patterns = ['^(a+)+$']));
    expect(await openPack(file, opts)).toMatchObject({ ok: false, error: expect.stringMatching(/nests quantifiers/) });
  });

  it('rejects a pack the engine cannot compile', async () => {
    const { file, opts } = await setup((p) => (p.name = 'UNCOMPILABLE pack'));
    expect(await openPack(file, opts)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/could not be compiled: brand "bose"/),
    });
  });

  it('rejects a pack that names a different key than the one that signed it', async () => {
    const pub = await publisher();
    const other = await publisher('Other');
    const { signEd25519 } = await import('../../../utils/packs/ed25519');
    const { readSecretKey } = await import('../../../utils/packs/sign');
    const payload = packBytes(makePack(other.keyId));
    const key = await readSecretKey(pub.keyText);
    if (!key.ok) throw new Error(key.error);
    const file = encodeSignedPack(payload, pub.keyId, await signEd25519(payload, key.value.secretKey));
    const r = await openPack(file, { keys: [pub.ref, other.ref], compiler: fakeCompiler(), now: NOW });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/names key .* but was signed with/) });
  });

  it('lets the public demo key vouch only for example packs', async () => {
    const { demoSecret } = await import('./helpers');
    const { parsePublicKey } = await import('../../../utils/packs/keys');
    const { readFileSync } = await import('node:fs');
    const demo = await parsePublicKey(readFileSync('assets/packs/demo-publisher.pub', 'utf8'));
    if (!demo.ok) throw new Error(demo.error);
    const ref = {
      keyId: demo.value.keyId,
      publicKey: Buffer.from(demo.value.publicKey).toString('base64'),
      bundled: true,
    };
    const opts = { keys: [ref], compiler: fakeCompiler(), now: NOW };
    const real = await signed(makePack(ref.keyId), demoSecret());
    expect(await openPack(real, opts)).toMatchObject({ ok: false, error: expect.stringMatching(/demo key/) });
    const example = await signed(
      makePack(ref.keyId, (p) => (p.example = true)),
      demoSecret(),
    );
    expect((await openPack(example, opts)).ok).toBe(true);
  });
});
