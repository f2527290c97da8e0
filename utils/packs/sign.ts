import { fromBase64, toBase64 } from '../bytes';
import { generateKeyPair, publicKeyOf, signEd25519 } from './ed25519';
import { encodeSignedPack, looksSigned } from './envelope';
import { fingerprint, keyIdOf, publicKeyFile, SECRET_KEY_TYPE, type PublicKeyFile, type SecretKeyFile } from './keys';
import { fail, ok, type Result } from './result';
import { checkDates, parsePackBytes } from './validate';

// The publisher's side: key pairs and signing. Used by `npm run rules` and by tests.

export async function makeKeyPair(label: string): Promise<{ secret: SecretKeyFile; pub: PublicKeyFile }> {
  const { secretKey, publicKey } = await generateKeyPair();
  const pub = await publicKeyFile(publicKey, label);
  const secret: SecretKeyFile = {
    type: SECRET_KEY_TYPE,
    alg: 'ed25519',
    keyId: pub.keyId,
    publicKey: pub.publicKey,
    secretKey: toBase64(secretKey),
    label,
    warning: 'PRIVATE KEY: whoever holds this file can sign rule packs in your name. Never publish it.',
  };
  return { secret, pub };
}

export async function readSecretKey(text: string): Promise<Result<{ keyId: string; secretKey: Uint8Array }>> {
  let file: Partial<SecretKeyFile>;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('The key file is not valid JSON.');
  }
  if (file.type !== SECRET_KEY_TYPE || file.alg !== 'ed25519')
    return fail('Not a Listing Lens publisher private key (publisher.key).');
  const secretKey = fromBase64(file.secretKey ?? '');
  if (secretKey?.length !== 32) return fail('The private key is damaged (expected 32 bytes).');
  const keyId = await keyIdOf(await publicKeyOf(secretKey));
  if (file.keyId !== keyId) return fail('The private key file is damaged: its keyId does not match the key.');
  return ok({ keyId, secretKey });
}

/**
 * Signs the pack bytes exactly as given (no re-formatting, so what the publisher reviewed
 * is what is signed), after checking the pack is valid, current and names this key.
 */
export async function signPack(payload: Uint8Array, keyText: string, now = Date.now()): Promise<Result<Uint8Array>> {
  const key = await readSecretKey(keyText);
  if (!key.ok) return key;
  if (looksSigned(payload)) return fail('The input is already a signed pack; sign the pack JSON instead.');
  const pack = parsePackBytes(payload);
  if (!pack.ok) return pack;
  if (pack.value.publisher.keyId !== key.value.keyId) {
    return fail(
      `The pack's publisher.keyId is ${pack.value.publisher.keyId} but this key's id is ${key.value.keyId} (${fingerprint(key.value.keyId)}). Put the key id in the pack and sign again.`,
    );
  }
  const dates = checkDates(pack.value, now);
  if (dates) return fail(dates);
  const signature = await signEd25519(payload, key.value.secretKey);
  return ok(encodeSignedPack(payload, key.value.keyId, signature));
}
