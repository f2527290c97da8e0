import { decodeUtf8, encodeUtf8, fromBase64, toBase64 } from '../bytes';
import { t } from '../i18n';
import { fail, ok, type Result } from './result';

// The signed pack file: a short ASCII header, a blank line, then the pack JSON exactly as the
// publisher wrote it. The signature covers those payload bytes and nothing else, so the header
// is read with a tiny fixed grammar and the JSON is not parsed until the signature holds.
//
//   LISTING-LENS-SIGNED-PACK 1
//   alg: ed25519
//   key-id: 3f0c9a...
//   signature: <base64 of 64 bytes>
//   <blank line>
//   { "format": "listing-lens/rule-pack", ... }

const SIGNED_MAGIC = 'LISTING-LENS-SIGNED-PACK 1';
const MAX_HEADER = 1_024;

export interface SignedParts {
  keyId: string;
  signature: Uint8Array;
  payload: Uint8Array;
}

export function encodeSignedPack(payload: Uint8Array, keyId: string, signature: Uint8Array): Uint8Array {
  const header = encodeUtf8(`${SIGNED_MAGIC}\nalg: ed25519\nkey-id: ${keyId}\nsignature: ${toBase64(signature)}\n\n`);
  const out = new Uint8Array(header.length + payload.length);
  out.set(header);
  out.set(payload, header.length);
  return out;
}

/** True when the bytes start like a signed file (otherwise they may be a bare, unsigned pack). */
export function looksSigned(bytes: Uint8Array): boolean {
  const magic = encodeUtf8(SIGNED_MAGIC);
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function splitSignedPack(bytes: Uint8Array): Result<SignedParts> {
  if (!looksSigned(bytes)) return fail(t('bg_pack_not_signed_file'));
  let end = -1;
  for (let i = 0; i < Math.min(bytes.length - 1, MAX_HEADER); i++) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a) {
      end = i;
      break;
    }
  }
  if (end < 0) return fail(t('bg_pack_header_no_blank'));
  let header: string;
  try {
    header = decodeUtf8(bytes.subarray(0, end));
  } catch {
    return fail(t('bg_pack_header_not_text'));
  }
  const fields = new Map<string, string>();
  for (const line of header.split('\n').slice(1)) {
    const m = /^([a-z-]{1,20}): ([A-Za-z0-9+/=]{1,200})$/.exec(line);
    if (!m || fields.has(m[1])) return fail(t('bg_pack_header_bad_line', line.slice(0, 60)));
    fields.set(m[1], m[2]);
  }
  if (fields.get('alg') !== 'ed25519') return fail(t('bg_pack_header_alg'));
  const keyId = fields.get('key-id') ?? '';
  if (!/^[0-9a-f]{16,64}$/.test(keyId)) return fail(t('bg_pack_header_key_id'));
  const signature = fromBase64(fields.get('signature') ?? '');
  if (signature?.length !== 64) return fail(t('bg_pack_header_signature'));
  if (fields.size !== 3) return fail(t('bg_pack_header_fields'));
  return ok({ keyId, signature, payload: bytes.subarray(end + 2) });
}
