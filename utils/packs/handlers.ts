import type { ListingLensDb } from '../db';
import type { Request } from '../messages';
import { forgetActiveEngine, packDeps, restoreBundledPack, whenBundledReady } from './active';
import { syncPackAlarms } from './alarms';
import { fromBase64, toBase64 } from '../bytes';
import { installPackBytes } from './install';
import { parsePublicKey } from './keys';
import { packsOverview } from './overview';
import type { Result } from './result';
import { activatePack, removePack } from './store';
import {
  addSubscription,
  removeSubscription,
  updateAll,
  updateSubscription,
  type UpdateOutcome,
} from './subscriptions';
import type { PackActionResult } from './views';

// The pack messages from the options page. Each answers with a sentence and the fresh
// overview, so the page re-renders from what the database now holds.

async function answer(db: ListingLensDb, r: Result<string>): Promise<PackActionResult> {
  await whenBundledReady(db);
  const overview = await packsOverview(db);
  return r.ok
    ? { ok: true, message: r.value, overview }
    : { ok: false, error: r.error, ...(r.canOverride ? { canOverride: true } : {}), overview };
}

async function describeUpdate(db: ListingLensDb, url: string, r: Result<UpdateOutcome>): Promise<Result<string>> {
  if (!r.ok) return r;
  const sub = await db.subscriptions.get(url);
  const row = sub?.packId ? await db.packs.get(sub.packId) : undefined;
  const pack = row ? `"${row.name}" version ${row.version}` : 'the pack';
  const text: Record<UpdateOutcome, string> = {
    'not-modified': `No new version of ${pack} (the server says it has not changed).`,
    unchanged: `${pack} is already up to date.`,
    installed: `Installed ${pack}.`,
    updated: `Updated to ${pack}.`,
  };
  return { ok: true, value: text[r.value] };
}

export const packHandlers = {
  'ui:packs-overview': async (_: Request<'ui:packs-overview'>, db: ListingLensDb) => {
    await whenBundledReady(db);
    return packsOverview(db);
  },

  'ui:pack-subscribe': async ({ url, intervalHours }: Request<'ui:pack-subscribe'>, db: ListingLensDb) => {
    const added = await addSubscription(db, url, intervalHours);
    if (!added.ok) return answer(db, added);
    const result = await describeUpdate(db, url, await updateSubscription(db, url, packDeps()));
    await syncPackAlarms(db); // after the first check, so the alarm counts from it
    return answer(db, result);
  },

  'ui:pack-unsubscribe': async ({ url }: Request<'ui:pack-unsubscribe'>, db: ListingLensDb) => {
    await removeSubscription(db, url);
    await syncPackAlarms(db);
    return answer(db, { ok: true, value: 'Unsubscribed. The pack stays installed until you remove it.' });
  },

  'ui:pack-update-now': async ({ url }: Request<'ui:pack-update-now'>, db: ListingLensDb) => {
    if (url !== null) return answer(db, await describeUpdate(db, url, await updateSubscription(db, url, packDeps())));
    const all = Object.entries(await updateAll(db, packDeps()));
    const failed = all.filter(([, r]) => !r.ok).length;
    return answer(
      db,
      failed
        ? {
            ok: false,
            error: `${failed} of ${all.length} subscriptions failed to update; see each one for the reason.`,
          }
        : { ok: true, value: `Checked ${all.length} subscription(s).` },
    );
  },

  'ui:pack-import': async ({ base64, allowUnverified }: Request<'ui:pack-import'>, db: ListingLensDb) => {
    const bytes = fromBase64(base64);
    if (!bytes) return answer(db, { ok: false, error: 'The file could not be read.' });
    const done = await installPackBytes(db, bytes, { source: 'file', activate: true, allowUnverified }, packDeps());
    if (!done.ok) return answer(db, done);
    const { kind, row } = done.value;
    const how = row.verified ? 'verified' : 'UNVERIFIED';
    return answer(db, {
      ok: true,
      value:
        kind === 'unchanged'
          ? `"${row.name}" version ${row.version} is already installed.`
          : `Installed "${row.name}" version ${row.version} (${how}); it is now active.`,
    });
  },

  'ui:pack-activate': async ({ id }: Request<'ui:pack-activate'>, db: ListingLensDb) => {
    const done = await activatePack(db, id);
    forgetActiveEngine();
    return answer(db, done.ok ? { ok: true, value: `"${done.value.name}" is now the active pack.` } : done);
  },

  'ui:pack-remove': async ({ id }: Request<'ui:pack-remove'>, db: ListingLensDb) => {
    const done = await removePack(db, id);
    forgetActiveEngine();
    // With no pack left nothing would be judged: the bundled one takes over straight away.
    if (done.ok && !done.value.activeId) await restoreBundledPack(db).catch(() => undefined);
    await syncPackAlarms(db);
    return answer(
      db,
      done.ok
        ? {
            ok: true,
            value: done.value.activeId
              ? `Removed. "${done.value.activeId}" is active.`
              : 'Removed. The built-in demo pack is active again.',
          }
        : done,
    );
  },

  'ui:key-add': async ({ text, label }: Request<'ui:key-add'>, db: ListingLensDb) => {
    const key = await parsePublicKey(text);
    if (!key.ok) return answer(db, key);
    const name = label.trim() || key.value.label || 'Publisher key';
    await db.trustedKeys.put({
      keyId: key.value.keyId,
      publicKey: toBase64(key.value.publicKey),
      label: name,
      addedAt: Date.now(),
      bundled: false,
    });
    return answer(db, { ok: true, value: `Trusted "${name}". Check its fingerprint with the publisher.` });
  },

  'ui:key-remove': async ({ keyId }: Request<'ui:key-remove'>, db: ListingLensDb) => {
    const key = await db.trustedKeys.get(keyId);
    if (!key) return answer(db, { ok: false, error: 'No such key.' });
    if (key.bundled)
      return answer(db, {
        ok: false,
        error: 'The built-in demo key cannot be removed; it only vouches for example packs.',
      });
    await db.trustedKeys.delete(keyId);
    return answer(db, {
      ok: true,
      value: `Removed "${key.label}". Installed packs stay; updates signed with it will be refused.`,
    });
  },
};
