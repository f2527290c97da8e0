import type { ListingLensDb } from '../db';
import { fingerprint } from './keys';
import type { PacksOverview } from './views';

/** Reads packs, subscriptions and keys for the options page, without the pack bytes. */
export async function packsOverview(db: ListingLensDb, now = Date.now()): Promise<PacksOverview> {
  const [rows, subs, keys] = await Promise.all([
    db.packs.toArray(),
    db.subscriptions.toArray(),
    db.trustedKeys.toArray(),
  ]);
  return {
    now,
    packs: rows
      .map((r) => ({
        id: r.id,
        name: r.name,
        version: r.version,
        publisher: r.publisher,
        keyId: r.keyId,
        fingerprint: r.keyId ? fingerprint(r.keyId) : null,
        verified: r.verified,
        example: r.example,
        active: r.active,
        brands: r.brands,
        source: r.source,
        subscriptionUrl: r.subscriptionUrl,
        installedAt: r.installedAt,
        issuedAt: r.issuedAt,
        expiresAt: r.expiresAt,
        expired: Date.parse(r.expiresAt) <= now,
      }))
      .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
    subscriptions: subs.map(({ url, intervalHours, lastChecked, lastUpdated, lastError, packId }) => ({
      url,
      intervalHours,
      lastChecked,
      lastUpdated,
      lastError,
      packId,
    })),
    keys: keys
      .map((k) => ({
        keyId: k.keyId,
        fingerprint: fingerprint(k.keyId),
        label: k.label,
        bundled: k.bundled,
        addedAt: k.addedAt,
      }))
      .sort((a, b) => Number(b.bundled) - Number(a.bundled) || a.label.localeCompare(b.label)),
  };
}
