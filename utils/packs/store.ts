import type { ListingLensDb, PackRow } from '../db';
import { t } from '../i18n';
import { bytesEqual, toArrayBuffer, toBase64 } from '../bytes';
import type { StagedPack } from './open';
import { fail, ok, type Result } from './result';

// Stage-then-swap. Everything slow (download, verify, parse, compile) happened before this
// module is called; here one short read-write transaction re-checks the version against what
// is installed and swaps the rows. IndexedDB commits a transaction whole or not at all, so a
// service worker killed at any point leaves the previous pack active and intact.

export type InstallKind = 'installed' | 'updated' | 'unchanged';

export interface InstallOptions {
  source: PackRow['source'];
  subscriptionUrl?: string | null;
  /** Make this pack the active one. An update of the active pack stays active regardless. */
  activate: boolean;
  now?: number;
}

/** Highest version ever installed per pack id, kept after removal so a removed pack cannot come back older. */
const highWaterName = (packId: string) => `packs.highest-version:${packId}`;

function rowFromStaged(staged: StagedPack, opts: InstallOptions, active: boolean): PackRow {
  const { pack } = staged;
  return {
    id: pack.id,
    version: pack.version,
    name: pack.name,
    publisher: pack.publisher.name,
    keyId: staged.keyId,
    verified: staged.verified,
    bytes: toArrayBuffer(staged.payload),
    signature: staged.signature ? toBase64(staged.signature) : null,
    installedAt: opts.now ?? Date.now(),
    issuedAt: pack.issuedAt,
    expiresAt: pack.expiresAt,
    brands: pack.brands.length,
    example: pack.example === true,
    marketplaces: pack.marketplaces,
    source: opts.source,
    subscriptionUrl: opts.subscriptionUrl ?? null,
    active,
    engine: staged.engineBytes,
    engineFormat: staged.engineFormat,
  };
}

export async function installStaged(
  db: ListingLensDb,
  staged: StagedPack,
  opts: InstallOptions,
): Promise<Result<{ kind: InstallKind; row: PackRow }>> {
  const { pack } = staged;
  return db.transaction('rw', db.packs, db.counters, async () => {
    const current = await db.packs.get(pack.id);
    const highest = Math.max(current?.version ?? 0, (await db.counters.get(highWaterName(pack.id)))?.value ?? 0);
    if (current && current.version === pack.version) {
      if (bytesEqual(new Uint8Array(current.bytes), staged.payload))
        return ok({ kind: 'unchanged' as InstallKind, row: current });
      return fail<{ kind: InstallKind; row: PackRow }>(t('bg_pack_same_version', pack.version, pack.id));
    }
    if (pack.version < highest) {
      return fail(t('bg_pack_rollback', pack.version, pack.id, highest));
    }
    if (current?.verified && !staged.verified) {
      return fail(t('bg_pack_verified_kept', pack.id));
    }
    if (current?.verified && current.keyId !== staged.keyId) {
      // One publisher must not be able to take over another's pack id; a key change means remove and reinstall.
      return fail(t('bg_pack_other_key', pack.id));
    }
    const active = opts.activate || current?.active === true;
    if (active) {
      const others = (await db.packs.toArray()).filter((r) => r.active && r.id !== pack.id);
      for (const r of others) await db.packs.update(r.id, { active: false });
    }
    const row = rowFromStaged(staged, opts, active);
    if (current && !opts.subscriptionUrl) row.subscriptionUrl = current.subscriptionUrl;
    await db.packs.put(row);
    await db.counters.put({ name: highWaterName(pack.id), value: pack.version });
    return ok({ kind: (current ? 'updated' : 'installed') as InstallKind, row });
  });
}

export async function getActiveRow(db: ListingLensDb): Promise<PackRow | null> {
  // `active` is a boolean, which IndexedDB cannot index; there are only ever a few packs.
  return (await db.packs.toArray()).find((r) => r.active) ?? null;
}

/** Makes an installed pack the active one; the rest become inactive in the same transaction. */
export async function activatePack(db: ListingLensDb, id: string): Promise<Result<PackRow>> {
  return db.transaction('rw', db.packs, async () => {
    const row = await db.packs.get(id);
    if (!row) return fail<PackRow>(t('bg_pack_not_installed', id));
    for (const r of await db.packs.toArray())
      if (r.active !== (r.id === id)) await db.packs.update(r.id, { active: r.id === id });
    return ok({ ...row, active: true });
  });
}

/**
 * Removes a pack and any subscription that delivers it. If it was active, the newest remaining pack (the bundled demo when nothing
 * else is left) takes over in the same transaction, so there is never a moment with none.
 */
export async function removePack(db: ListingLensDb, id: string): Promise<Result<{ activeId: string | null }>> {
  return db.transaction('rw', db.packs, db.subscriptions, async () => {
    const row = await db.packs.get(id);
    if (!row) return fail<{ activeId: string | null }>(t('bg_pack_not_installed', id));
    await db.packs.delete(id);
    // A removed pack stays removed: its subscription would otherwise bring it straight back.
    await db.subscriptions.filter((s) => s.packId === id || s.url === row.subscriptionUrl).delete();
    let active = (await db.packs.toArray()).find((r) => r.active) ?? null;
    if (!active) {
      const rest = (await db.packs.toArray()).sort((a, b) => b.installedAt - a.installedAt);
      active = rest[0] ?? null;
      if (active) await db.packs.update(active.id, { active: true });
    }
    return ok({ activeId: active?.id ?? null });
  });
}
