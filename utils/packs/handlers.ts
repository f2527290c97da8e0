import type { ListingLensDb } from '../db';
import { t, type MessageKey } from '../i18n';
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
  const pack = row ? t('bg_pack_named', row.name, row.version) : t('bg_pack_unnamed');
  const text: Record<UpdateOutcome, MessageKey> = {
    'not-modified': 'bg_update_not_modified',
    unchanged: 'bg_update_unchanged',
    installed: 'bg_update_installed',
    updated: 'bg_update_updated',
  };
  return { ok: true, value: t(text[r.value], pack) };
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
    return answer(db, { ok: true, value: t('bg_unsubscribed') });
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
            error: t('bg_updates_failed', failed, all.length),
          }
        : { ok: true, value: all.length === 1 ? t('bg_updates_checked_one') : t('bg_updates_checked', all.length) },
    );
  },

  'ui:pack-import': async ({ base64, allowUnverified }: Request<'ui:pack-import'>, db: ListingLensDb) => {
    const bytes = fromBase64(base64);
    if (!bytes) return answer(db, { ok: false, error: t('bg_file_unreadable') });
    const done = await installPackBytes(db, bytes, { source: 'file', activate: true, allowUnverified }, packDeps());
    if (!done.ok) return answer(db, done);
    const { kind, row } = done.value;
    const installed = row.verified ? 'bg_pack_installed_verified' : 'bg_pack_installed_unverified';
    const value = t(kind === 'unchanged' ? 'bg_pack_already_installed' : installed, row.name, row.version);
    return answer(db, { ok: true, value });
  },

  'ui:pack-activate': async ({ id }: Request<'ui:pack-activate'>, db: ListingLensDb) => {
    const done = await activatePack(db, id);
    forgetActiveEngine();
    return answer(db, done.ok ? { ok: true, value: t('bg_pack_activated', done.value.name) } : done);
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
            value: done.value.activeId ? t('bg_pack_removed_other', done.value.activeId) : t('bg_pack_removed_demo'),
          }
        : done,
    );
  },

  'ui:key-add': async ({ text, label }: Request<'ui:key-add'>, db: ListingLensDb) => {
    const key = await parsePublicKey(text);
    if (!key.ok) return answer(db, key);
    const name = label.trim() || key.value.label || t('bg_key_default_label');
    await db.trustedKeys.put({
      keyId: key.value.keyId,
      publicKey: toBase64(key.value.publicKey),
      label: name,
      addedAt: Date.now(),
      bundled: false,
    });
    return answer(db, { ok: true, value: t('bg_key_trusted', name) });
  },

  'ui:key-remove': async ({ keyId }: Request<'ui:key-remove'>, db: ListingLensDb) => {
    const key = await db.trustedKeys.get(keyId);
    if (!key) return answer(db, { ok: false, error: t('bg_key_unknown') });
    if (key.bundled)
      return answer(db, {
        ok: false,
        error: t('bg_key_demo_kept'),
      });
    await db.trustedKeys.delete(keyId);
    return answer(db, {
      ok: true,
      value: t('bg_key_removed', key.label),
    });
  },
};
