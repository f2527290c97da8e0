import { fromBase64 } from '../bytes';
import { t } from '../i18n';
import { verifyEd25519 } from './ed25519';
import { looksSigned, splitSignedPack } from './envelope';
import { fingerprint } from './keys';
import { LIMITS, type RulePack } from './schema';
import { fail, ok, type Result } from './result';
import { checkDates, parsePackBytes } from './validate';

// verify, then parse, then compile: the whole pipeline from file bytes to a staged pack that
// is ready to be swapped in. Nothing here touches storage, so a failure at any step leaves
// the installed packs exactly as they were.

/** The engine as this module needs it; injected so the pipeline is testable on its own. */
export interface PackCompiler {
  format: number;
  compile(pack: RulePack): unknown;
  serialize(engine: never): ArrayBuffer;
}

export interface KeyRef {
  keyId: string;
  /** Raw 32-byte key, base64 (as stored in trustedKeys). */
  publicKey: string;
  /**
   * The bundled demo key. Its private half is in the repository (tests sign with it), so it
   * can only ever vouch for packs marked `example: true`, never for real rules.
   */
  bundled?: boolean;
}

export interface StagedPack {
  pack: RulePack;
  /** The exact signed bytes of the pack JSON. */
  payload: Uint8Array;
  signature: Uint8Array | null;
  keyId: string | null;
  verified: boolean;
  engine: unknown;
  engineBytes: ArrayBuffer;
  engineFormat: number;
}

export interface OpenOptions {
  keys: KeyRef[];
  compiler: PackCompiler;
  now?: number;
  /** The user explicitly chose to install a pack no trusted key vouches for. */
  allowUnverified?: boolean;
  maxBytes?: number;
}

export const MAX_FILE_BYTES = LIMITS.packBytes + 1_024;

export async function openPack(file: Uint8Array, opts: OpenOptions): Promise<Result<StagedPack>> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  if (file.length > maxBytes) return fail(t('bg_pack_too_large', file.length, maxBytes));
  if (file.length === 0) return fail(t('bg_pack_empty'));

  let payload = file;
  let signature: Uint8Array | null = null;
  let keyId: string | null = null;
  let verified = false;
  let exampleOnly = false;
  // Why the pack would install unverified. Asked about only after the file proved to be a pack that
  // compiles: the user should never be offered "install anyway?" for a file that cannot install.
  let unverified: string | null = null;
  if (looksSigned(file)) {
    const parts = splitSignedPack(file);
    if (!parts.ok) return parts;
    ({ payload, signature, keyId } = parts.value);
    const key = opts.keys.find((k) => k.keyId === keyId);
    if (key) {
      const raw = fromBase64(key.publicKey);
      if (!raw || !(await verifyEd25519(signature, payload, raw))) {
        return fail(t('bg_pack_bad_signature'));
      }
      verified = true;
      exampleOnly = key.bundled === true;
    } else {
      unverified = t('bg_pack_unknown_key', fingerprint(keyId));
    }
  } else {
    unverified = t('bg_pack_unsigned');
  }

  const parsed = parsePackBytes(payload);
  if (!parsed.ok) return parsed;
  const pack = parsed.value;
  if (verified && pack.publisher.keyId !== keyId) {
    return fail(t('bg_pack_key_mismatch', fingerprint(pack.publisher.keyId), fingerprint(keyId!)));
  }
  if (exampleOnly && pack.example !== true) {
    return fail(t('bg_pack_demo_key'));
  }
  const dateProblem = checkDates(pack, opts.now ?? Date.now());
  if (dateProblem) return fail(dateProblem);

  let engine: unknown;
  let engineBytes: ArrayBuffer;
  try {
    engine = opts.compiler.compile(pack);
    engineBytes = opts.compiler.serialize(engine as never);
  } catch (e) {
    return fail(t('bg_pack_not_compiled', (e as Error).message));
  }
  if (unverified && !opts.allowUnverified) return fail(unverified, true);
  return ok({ pack, payload, signature, keyId, verified, engine, engineBytes, engineFormat: opts.compiler.format });
}
