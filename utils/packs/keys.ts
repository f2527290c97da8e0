import { fromBase64, fromHex, sha256, toBase64, toHex } from '../bytes';
import { t } from '../i18n';
import { fail, ok, type Result } from './result';

// Publisher keys. The key id is the first 16 bytes of SHA-256 over the raw 32-byte public
// key, in hex; packs name it in `publisher.keyId` and the signed envelope's header.

const PUBLIC_KEY_TYPE = 'listing-lens/publisher-public-key';
export const SECRET_KEY_TYPE = 'listing-lens/publisher-secret-key';

export interface PublicKeyFile {
  type: typeof PUBLIC_KEY_TYPE;
  alg: 'ed25519';
  keyId: string;
  publicKey: string;
  label: string;
}

export interface SecretKeyFile {
  type: typeof SECRET_KEY_TYPE;
  alg: 'ed25519';
  keyId: string;
  publicKey: string;
  /** The RFC 8032 32-byte seed, base64. */
  secretKey: string;
  label: string;
  warning?: string;
}

export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  return toHex((await sha256(publicKey)).subarray(0, 16));
}

/** "a1b2 c3d4 ..." for people comparing a key read over the phone or on a web page. */
export const fingerprint = (keyId: string): string => keyId.match(/.{1,4}/g)?.join(' ') ?? keyId;

export async function publicKeyFile(publicKey: Uint8Array, label: string): Promise<PublicKeyFile> {
  return {
    type: PUBLIC_KEY_TYPE,
    alg: 'ed25519',
    keyId: await keyIdOf(publicKey),
    publicKey: toBase64(publicKey),
    label,
  };
}

export interface ParsedPublicKey {
  keyId: string;
  publicKey: Uint8Array;
  label: string | null;
}

/**
 * Reads a key the way a user pastes it: the whole publisher.pub file, or the bare key in
 * base64 or hex. A keyId inside the file must match the key, so a typo cannot slip through.
 */
export async function parsePublicKey(text: string): Promise<Result<ParsedPublicKey>> {
  const trimmed = text.trim();
  if (!trimmed) return fail(t('bg_key_paste'));
  let raw: Uint8Array | null = null;
  let label: string | null = null;
  let claimedId: string | null = null;
  if (trimmed.startsWith('{')) {
    let file: { type?: string; alg?: string; publicKey?: unknown; label?: unknown; keyId?: unknown };
    try {
      file = JSON.parse(trimmed);
    } catch {
      return fail(t('bg_key_not_json'));
    }
    if (file.type === SECRET_KEY_TYPE) return fail(t('bg_key_is_private'));
    if (file.type !== PUBLIC_KEY_TYPE || file.alg !== 'ed25519') return fail(t('bg_key_not_publisher'));
    raw = typeof file.publicKey === 'string' ? fromBase64(file.publicKey) : null;
    label = typeof file.label === 'string' ? file.label.slice(0, 100) : null;
    claimedId = typeof file.keyId === 'string' ? file.keyId : null;
  } else {
    raw = /^[0-9a-f]{64}$/i.test(trimmed) ? fromHex(trimmed) : fromBase64(trimmed);
  }
  if (raw?.length !== 32) return fail(t('bg_key_length'));
  const keyId = await keyIdOf(raw);
  if (claimedId !== null && claimedId !== keyId) return fail(t('bg_key_damaged'));
  return ok({ keyId, publicKey: raw, label });
}
