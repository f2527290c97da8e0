import { storage } from 'wxt/utils/storage';

// In-page settings, on this device only. Defined lazily: nothing here runs at import.
/** The quiet mark on listings that were checked and found fine (off by default). */
export const checkedMarkItem = () =>
  storage.defineItem<boolean>('local:page-checked-mark', { fallback: false, version: 1 });
/** Origins where the user paused Listing Lens from the popup (one switch per site). */
export const pausedSitesItem = () =>
  storage.defineItem<string[]>('local:page-paused-sites', { fallback: [], version: 1 });
/** Origins without a dedicated adapter that the user asked to have read automatically. */
export const addedSitesItem = () =>
  storage.defineItem<string[]>('local:page-added-sites', { fallback: [], version: 1 });

interface PageSettings {
  checkedMark: boolean;
  paused: Set<string>;
}
let cached: Promise<PageSettings> | null = null;

/** The settings every page message needs, read once per worker life and refreshed on change. */
export function pageSettings(): Promise<PageSettings> {
  cached ??= Promise.all([checkedMarkItem().getValue(), pausedSitesItem().getValue()]).then(
    ([checkedMark, paused]) => ({ checkedMark, paused: new Set(paused) }),
    () => ({ checkedMark: false, paused: new Set<string>() }),
  );
  return cached;
}

export function forgetPageSettings(): void {
  cached = null;
}

/** A reviewer's "looks fine" decision, kept on this device so the listing is not triaged again. */
export interface ReviewedFine {
  marketplace: string;
  listingId: string;
  url: string | null;
  title: string;
  note: string;
  decidedAt: number;
}
export const reviewedFineItem = () =>
  storage.defineItem<ReviewedFine[]>('local:page-reviewed-fine', { fallback: [], version: 1 });
