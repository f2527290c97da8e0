import type { ListingLensDb, PackRow } from '../db';
import { t } from '../i18n';
import { openPack, type PackCompiler } from './open';
import { fail, type Result } from './result';
import { installStaged, type InstallKind, type InstallOptions } from './store';

// One entry point for every way a pack arrives (bundled, subscription, file): the trusted
// keys are read, the bytes go through verify-parse-compile, and only a staged pack reaches
// the swap.

export interface PackDeps {
  compiler: PackCompiler;
  now?: () => number;
  fetch?: typeof fetch;
  /** Called after a swap so the worker's in-memory engine follows the database. */
  onInstalled?: (row: PackRow, engine: unknown) => void;
}

export interface InstallRequest extends Omit<InstallOptions, 'now'> {
  allowUnverified?: boolean;
  maxBytes?: number;
}

export type InstallResult = Result<{ kind: InstallKind; row: PackRow }>;

export async function installPackBytes(
  db: ListingLensDb,
  bytes: Uint8Array,
  req: InstallRequest,
  deps: PackDeps,
): Promise<InstallResult> {
  const now = deps.now?.() ?? Date.now();
  // The bundled demo key's private half is public, so it vouches for the bundled pack only.
  const keys = (await db.trustedKeys.toArray()).filter((k) => !k.bundled || req.source === 'bundled');
  const staged = await openPack(bytes, {
    keys,
    compiler: deps.compiler,
    now,
    allowUnverified: req.allowUnverified,
    maxBytes: req.maxBytes,
  });
  if (!staged.ok) return staged;
  try {
    const done = await installStaged(db, staged.value, { ...req, now });
    if (done.ok && done.value.kind !== 'unchanged') deps.onInstalled?.(done.value.row, staged.value.engine);
    return done;
  } catch (e) {
    return fail(t('bg_pack_not_saved', (e as Error).message));
  }
}
