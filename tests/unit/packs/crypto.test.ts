import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../utils/bytes';
import { generateKeyPair, signEd25519, verifyEd25519 } from '../../../utils/packs/ed25519';
import { encodeSignedPack, splitSignedPack } from '../../../utils/packs/envelope';
import { fingerprint, keyIdOf, parsePublicKey, publicKeyFile } from '../../../utils/packs/keys';
import { makeKeyPair } from '../../../utils/packs/sign';

describe('Ed25519', () => {
  it('verifies the same way through WebCrypto and the pure-JS fallback', async () => {
    const { secretKey, publicKey } = await generateKeyPair();
    const msg = encodeUtf8('{"pack":1}');
    const sig = await signEd25519(msg, secretKey);
    for (const forceFallback of [false, true]) {
      expect(await verifyEd25519(sig, msg, publicKey, { forceFallback })).toBe(true);
      expect(await verifyEd25519(sig, encodeUtf8('{"pack":2}'), publicKey, { forceFallback })).toBe(false);
      expect(await verifyEd25519(sig.subarray(1), msg, publicKey, { forceFallback })).toBe(false);
    }
  });

  it('matches RFC 8032 test vector 1 (empty message)', async () => {
    const hex = (s: string) => Uint8Array.from(s.match(/../g)!, (h) => parseInt(h, 16));
    const pub = hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = hex(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(await verifyEd25519(sig, new Uint8Array(), pub)).toBe(true);
    expect(await verifyEd25519(sig, new Uint8Array(), pub, { forceFallback: true })).toBe(true);
  });
});

describe('signed envelope', () => {
  it('round-trips and rejects malformed headers', () => {
    const payload = encodeUtf8('{"a":1}\n');
    const file = encodeSignedPack(payload, 'ab'.repeat(16), new Uint8Array(64).fill(7));
    const parts = splitSignedPack(file);
    expect(parts.ok && parts.value.keyId).toBe('ab'.repeat(16));
    expect(parts.ok && Array.from(parts.value.payload)).toEqual(Array.from(payload));
    const text = new TextDecoder().decode(file);
    expect(splitSignedPack(encodeUtf8(text.replace('alg: ed25519', 'alg: rsa')))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unsupported algorithm/),
    });
    expect(splitSignedPack(encodeUtf8(text.replace('\n\n', '\nextra: x\n\n')))).toMatchObject({ ok: false });
    expect(splitSignedPack(encodeUtf8(text.replace('\n\n', '\n')))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no blank line/),
    });
  });
});

describe('publisher keys', () => {
  it('accepts publisher.pub, bare base64 and hex, and names the same key id', async () => {
    const { pub } = await makeKeyPair('Alliance');
    const fromFile = await parsePublicKey(JSON.stringify(pub));
    const fromB64 = await parsePublicKey(pub.publicKey);
    const raw = Buffer.from(pub.publicKey, 'base64');
    const fromHex = await parsePublicKey(raw.toString('hex'));
    for (const r of [fromFile, fromB64, fromHex]) expect(r.ok && r.value.keyId).toBe(pub.keyId);
    expect(fromFile.ok && fromFile.value.label).toBe('Alliance');
    expect(fingerprint(pub.keyId)).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  });

  it('refuses a private key, a damaged file and a wrong length', async () => {
    const { secret, pub } = await makeKeyPair('Alliance');
    expect(await parsePublicKey(JSON.stringify(secret))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/private key/),
    });
    expect(await parsePublicKey(JSON.stringify({ ...pub, keyId: '00'.repeat(16) }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/damaged/),
    });
    expect(await parsePublicKey('AAAA')).toMatchObject({ ok: false });
    const file = await publicKeyFile(new Uint8Array(32), 'zero');
    expect(file.keyId).toBe(await keyIdOf(new Uint8Array(32)));
  });
});
