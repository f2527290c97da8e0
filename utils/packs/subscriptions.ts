import type { ListingLensDb, SubscriptionRow } from '../db';
import { t } from '../i18n';
import { fetchPack, subscriptionUrlProblem } from './fetch-pack';
import { installPackBytes, type PackDeps } from './install';
import { fail, ok, type Result } from './result';
import { MAX_INTERVAL_HOURS, MIN_INTERVAL_HOURS } from './views';

// Subscriptions: a pack URL and an update interval. An update that fails for any reason only
// writes its error into the subscription row; the installed pack is never touched.

export type UpdateOutcome = 'not-modified' | 'unchanged' | 'installed' | 'updated';

export async function addSubscription(
  db: ListingLensDb,
  url: string,
  intervalHours: number,
): Promise<Result<SubscriptionRow>> {
  const problem = subscriptionUrlProblem(url);
  if (problem) return fail(problem);
  if (!(intervalHours >= MIN_INTERVAL_HOURS && intervalHours <= MAX_INTERVAL_HOURS)) {
    return fail(t('bg_sub_interval', MIN_INTERVAL_HOURS, MAX_INTERVAL_HOURS));
  }
  const existing = await db.subscriptions.get(url);
  const row: SubscriptionRow = existing
    ? { ...existing, intervalHours }
    : {
        url,
        intervalHours,
        etag: null,
        lastModified: null,
        lastChecked: null,
        lastUpdated: null,
        lastError: null,
        packId: null,
      };
  await db.subscriptions.put(row);
  return ok(row);
}

export async function removeSubscription(db: ListingLensDb, url: string): Promise<void> {
  await db.subscriptions.delete(url);
}

export async function updateSubscription(
  db: ListingLensDb,
  url: string,
  deps: PackDeps,
): Promise<Result<UpdateOutcome>> {
  const sub = await db.subscriptions.get(url);
  if (!sub) return fail(t('bg_sub_unknown'));
  const now = deps.now?.() ?? Date.now();
  const record = (patch: Partial<SubscriptionRow>) => db.subscriptions.update(url, { lastChecked: now, ...patch });

  const fetched = await fetchPack(url, { etag: sub.etag, lastModified: sub.lastModified, fetch: deps.fetch });
  if (!fetched.ok) {
    await record({ lastError: fetched.error });
    return fetched;
  }
  if (fetched.value.status === 'not-modified') {
    await record({ lastError: null });
    return ok('not-modified');
  }
  const { bytes, etag, lastModified } = fetched.value;
  // The first pack of a new subscription becomes active; later ones update whatever it is.
  const done = await installPackBytes(
    db,
    bytes,
    { source: 'subscription', subscriptionUrl: url, activate: sub.packId === null },
    deps,
  );
  if (!done.ok) {
    // The validators are not stored, so the next check downloads again once the publisher fixes it.
    await record({ lastError: done.error });
    return done;
  }
  const changed = done.value.kind !== 'unchanged';
  await record({
    etag,
    lastModified,
    lastError: null,
    packId: done.value.row.id,
    ...(changed ? { lastUpdated: now } : {}),
  });
  return ok(done.value.kind);
}

export async function updateAll(db: ListingLensDb, deps: PackDeps): Promise<Record<string, Result<UpdateOutcome>>> {
  const out: Record<string, Result<UpdateOutcome>> = {};
  for (const s of await db.subscriptions.toArray()) out[s.url] = await updateSubscription(db, s.url, deps);
  return out;
}
