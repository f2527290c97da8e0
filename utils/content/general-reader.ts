import type { GeneralRead } from '../adapters/types';

// Where the general readers announce themselves once the background has loaded them into this tab: a
// symbol on the isolated world's window, which the page can neither see nor set.
const GENERAL_READER = Symbol.for('listing-lens.general-reader');

type Holder = Record<symbol, GeneralRead | undefined>;

export const generalReader = (): GeneralRead | null => (globalThis as unknown as Holder)[GENERAL_READER] ?? null;

export function announceGeneralReader(read: GeneralRead): void {
  (globalThis as unknown as Holder)[GENERAL_READER] = read;
}
