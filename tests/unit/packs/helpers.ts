import { readFileSync } from 'node:fs';
import { encodeUtf8 } from '../../../utils/bytes';
import { openDb } from '../../../utils/db';
import type { KeyRef, PackCompiler } from '../../../utils/packs/open';
import { makeKeyPair, readSecretKey } from '../../../utils/packs/sign';
import { signEd25519 } from '../../../utils/packs/ed25519';
import { encodeSignedPack } from '../../../utils/packs/envelope';
import type { RulePack } from '../../../utils/packs/schema';

// Packs, keys and a stand-in compiler for the pack tests. The stand-in keeps these tests
// about the pack pipeline; the real engine is exercised in the engine's own tests.

export const NOW = Date.parse('2026-11-28T12:00:00Z');

export const demoPackJson = () => readFileSync('assets/packs/demo-pack.json', 'utf8');
export const demoSigned = () => new Uint8Array(readFileSync('assets/packs/demo-pack.signed'));
export const demoSecret = () => readFileSync('tests/fixtures/keys/demo/publisher.key', 'utf8');

export async function publisher(label = 'Test publisher') {
  const { secret, pub } = await makeKeyPair(label);
  const keyText = JSON.stringify(secret);
  const ref: KeyRef = { keyId: pub.keyId, publicKey: pub.publicKey };
  return { keyId: pub.keyId, keyText, ref, row: { ...ref, label, addedAt: 0, bundled: false } };
}

export function makePack(keyId: string, patch: (p: RulePack) => void = () => {}): RulePack {
  const p = JSON.parse(demoPackJson()) as RulePack;
  p.id = 'test.pack';
  p.name = 'Test pack';
  delete p.example;
  p.publisher.keyId = keyId;
  p.issuedAt = '2026-11-01T00:00:00Z';
  p.expiresAt = '2027-11-01T00:00:00Z';
  patch(p);
  return p;
}

export const packBytes = (p: unknown) => encodeUtf8(JSON.stringify(p, null, 2));

/** Signs without the publisher-side checks, as a careless or hostile publisher could. */
export async function signed(p: unknown, keyText: string): Promise<Uint8Array> {
  const key = await readSecretKey(keyText);
  if (!key.ok) throw new Error(key.error);
  const payload = packBytes(p);
  return encodeSignedPack(payload, key.value.keyId, await signEd25519(payload, key.value.secretKey));
}

/** A compiler that counts its calls and can be told to refuse a pack. */
export function fakeCompiler(format = 1): PackCompiler & { calls: number } {
  const c = {
    format,
    calls: 0,
    compile(pack: RulePack) {
      c.calls++;
      if (pack.name.includes('UNCOMPILABLE')) throw new Error('brand "bose": term "((" is not a valid pattern');
      return { packId: pack.id, version: pack.version };
    },
    serialize: (e: never) => encodeUtf8(JSON.stringify(e)).buffer as ArrayBuffer,
  };
  return c;
}

let n = 0;
export const freshDb = () => openDb(`packs-test-${Date.now()}-${n++}`);
