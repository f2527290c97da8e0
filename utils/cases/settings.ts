import { storage } from 'wxt/utils/storage';

// Local settings of the flag history. Defined lazily: nothing here runs at import.
export const retentionItem = () => storage.defineItem<number>('local:retention-days', { fallback: 0, version: 1 });
/** Flag ids collected for one batch of notices (brand staff and reviewers), across tabs and pages. */
export const basketItem = () => storage.defineItem<number[]>('local:basket', { fallback: [], version: 1 });
