import { t } from './i18n';

// What the user is told when the extension's own storage fails: a database whose upgrade is
// blocked by an old page still holding it, or no IndexedDB at all (some private modes, site data
// blocked by policy, a broken profile). The popup and options show it through `ui:pack-status`.

const blocked = new Set<string>();

/** Called by the database when its upgrade is blocked; the database is closed so nothing waits forever. */
export function markBlocked(dbName: string): void {
  blocked.add(dbName);
}

export function clearBlocked(dbName: string): void {
  blocked.delete(dbName);
}

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'UnknownError', 'SecurityError', 'NotFoundError']);

/** A sentence for a storage failure, or null when the error is not one. */
export function describeStorageError(e: unknown, dbName: string): string | null {
  const err = e as { name?: string; message?: string; inner?: { name?: string; message?: string } } | null;
  if (!err || typeof err !== 'object') return null;
  const names = [err.name, err.inner?.name];
  if (blocked.has(dbName) && names.some((n) => n === 'DatabaseClosedError' || n === 'OpenFailedError'))
    return t('safety_storageBlocked');
  if (
    names.some((n) => n !== undefined && UNAVAILABLE.has(n)) ||
    (names.includes('OpenFailedError') && !blocked.has(dbName))
  )
    return t('safety_storageUnavailable', String(err.inner?.message ?? err.message ?? err.name).slice(0, 160));
  return null;
}
