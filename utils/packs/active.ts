import type { ListingLensDb, PackRow } from '../db';
import { t } from '../i18n';
import { lazyDb, startAlarmsWith } from './alarms';
import { bundledKeyText, bundledPackBytes } from './bundled';
import { engineCompiler, ENGINE_FORMAT, loadEngine, type Engine } from './engine-port';
import { installPackBytes, type PackDeps } from './install';
import { parsePublicKey } from './keys';
import { toBase64 } from '../bytes';
import { splitSignedPack } from './envelope';
import type { RulePack } from './schema';
import { getActiveRow } from './store';
import { parsePackBytes } from './validate';

// What the background asks of the packs: install the demo on first run, hand over the
// active engine (stored compiled, so a cold worker start does not recompile), and keep an
// in-memory copy for the worker's life that every install, activation and removal refreshes.

interface PackSummary {
  id: string;
  name: string;
  version: number;
  brands: number;
  verified: boolean;
  example: boolean;
  publisher: string;
  keyId: string | null;
  issuedAt: string;
  expiresAt: string;
  marketplaces: RulePack['marketplaces'];
}

const summarize = (row: PackRow): PackSummary => ({
  id: row.id,
  name: row.name,
  version: row.version,
  brands: row.brands,
  verified: row.verified,
  example: row.example,
  publisher: row.publisher,
  keyId: row.keyId,
  issuedAt: row.issuedAt,
  expiresAt: row.expiresAt,
  marketplaces: row.marketplaces,
});

type Active = { engine: Engine; pack: PackSummary };
let cached: Active | null = null;
let loading: Promise<Active | null> | null = null;
let parsed: { key: string; pack: RulePack } | null = null;

/** Drops the in-memory engine; the next loadActiveEngine reads the database again. */
export function forgetActiveEngine(): void {
  cached = null;
  loading = null;
}

export function packDeps(): PackDeps {
  return {
    compiler: engineCompiler(),
    onInstalled: (row, engine) => {
      if (row.active) {
        cached = { engine: engine as Engine, pack: summarize(row) };
        loading = null;
      }
    },
  };
}

const ensuring = new WeakMap<ListingLensDb, Promise<void>>();

/** Installs the demo pack if needed; concurrent and repeated calls share one run per database. */
export function ensureBundledPack(db: ListingLensDb): Promise<void> {
  let run = ensuring.get(db);
  if (!run) ensuring.set(db, (run = installBundled(db)));
  return run;
}

/** After the last pack is removed: the bundled pack comes back at once, not at the next start. */
export async function restoreBundledPack(db: ListingLensDb): Promise<void> {
  ensuring.delete(db);
  await ensureBundledPack(db);
}

/** Resolves once the start-up install has finished (or failed), so a reader never sees a half-started worker. */
export const whenBundledReady = (db: ListingLensDb): Promise<void> =>
  (ensuring.get(db) ?? Promise.resolve()).catch(() => {});

async function installBundled(db: ListingLensDb): Promise<void> {
  const key = await parsePublicKey(bundledKeyText());
  if (!key.ok) throw new Error(`bundled key: ${key.error}`);
  const { keyId, publicKey, label } = key.value;
  if (!(await db.trustedKeys.get(keyId))) {
    await db.trustedKeys.put({
      keyId,
      publicKey: toBase64(publicKey),
      label: label ?? 'Demo publisher',
      addedAt: Date.now(),
      bundled: true,
    });
  }
  const rows = await db.packs.toArray();
  const bytes = bundledPackBytes();
  if (rows.length > 0) {
    // Installed packs exist: only refresh the demo when an extension update ships a newer one.
    const demo = rows.find((r) => r.source === 'bundled');
    const parts = splitSignedPack(bytes);
    const shipped = parts.ok ? parsePackBytes(parts.value.payload) : null;
    if (!demo || !shipped?.ok || shipped.value.id !== demo.id || shipped.value.version <= demo.version) return;
  }
  const done = await installPackBytes(
    db,
    bytes,
    { source: 'bundled', activate: !rows.some((r) => r.active) },
    packDeps(),
  );
  if (!done.ok) throw new Error(`bundled pack: ${done.error}`);
}

async function loadFromDb(db: ListingLensDb): Promise<Active | null> {
  const row = await getActiveRow(db);
  if (!row) return null;
  if (row.engine && row.engineFormat === ENGINE_FORMAT) {
    try {
      return { engine: loadEngine(row.engine), pack: summarize(row) };
    } catch {
      // A stored engine that no longer loads is rebuilt from the pack bytes below.
    }
  }
  const pack = parsePackBytes(new Uint8Array(row.bytes));
  if (!pack.ok) throw new Error(t('bg_pack_unreadable', row.id, pack.error));
  const compiler = engineCompiler();
  const engine = compiler.compile(pack.value) as Engine;
  await db.packs
    .where('id')
    .equals(row.id)
    .and((r) => r.version === row.version)
    .modify({ engine: compiler.serialize(engine as never), engineFormat: compiler.format });
  return { engine, pack: summarize(row) };
}

export async function loadActiveEngine(db: ListingLensDb): Promise<Active | null> {
  if (cached) return cached;
  const run = (loading ??= loadFromDb(db));
  try {
    const result = await run;
    if (loading === run) cached = result;
    return result;
  } finally {
    if (loading === run) loading = null;
  }
}

/** The parsed active pack, for features that need its rights, contacts and marketplace limits. */
export async function getActivePack(db: ListingLensDb): Promise<RulePack | null> {
  const row = await getActiveRow(db);
  if (!row) return null;
  const key = `${row.id}@${row.version}`;
  if (parsed?.key === key) return parsed.pack;
  const pack = parsePackBytes(new Uint8Array(row.bytes));
  if (!pack.ok) return null;
  parsed = { key, pack: pack.value };
  return pack.value;
}

/** Registers the update-alarm listener and re-creates missing alarms; call at every worker start. */
export function startPackAlarms(db?: ListingLensDb): void {
  startAlarmsWith(lazyDb(db), packDeps);
}
