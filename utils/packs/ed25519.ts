import * as noble from '@noble/ed25519';

// Ed25519 through WebCrypto where the runtime has it (Chrome 137+, Firefox 129+, Node 20),
// and the audited pure-JS @noble/ed25519 only where it does not. Both are strict RFC 8032
// verifiers (noble with zip215 off), so a signature valid in one is valid in the other.

type Buf = Uint8Array<ArrayBuffer>;
let webCryptoUsable: boolean | null = null;

async function webCryptoVerify(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean | null> {
  if (webCryptoUsable === false || !globalThis.crypto?.subtle) return null;
  try {
    const key = await crypto.subtle.importKey('raw', publicKey as Buf, { name: 'Ed25519' }, false, ['verify']);
    webCryptoUsable = true;
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Buf, message as Buf);
  } catch (e) {
    // NotSupportedError means no Ed25519 in this browser; anything else (bad key bytes) is an answer.
    if ((e as Error)?.name === 'NotSupportedError') {
      webCryptoUsable = false;
      return null;
    }
    return false;
  }
}

export async function verifyEd25519(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  opts: { forceFallback?: boolean } = {},
): Promise<boolean> {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  if (!opts.forceFallback) {
    const answer = await webCryptoVerify(signature, message, publicKey);
    if (answer !== null) return answer;
  }
  try {
    return await noble.verifyAsync(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** Publisher-side only (the CLI and tests): deterministic RFC 8032 signing from a 32-byte seed. */
export const signEd25519 = (message: Uint8Array, secretKey: Uint8Array): Promise<Uint8Array> =>
  noble.signAsync(message, secretKey);

export async function generateKeyPair(): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }> {
  const { secretKey, publicKey } = await noble.keygenAsync();
  return { secretKey, publicKey };
}

export const publicKeyOf = (secretKey: Uint8Array): Promise<Uint8Array> => noble.getPublicKeyAsync(secretKey);
