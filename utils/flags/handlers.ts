import type { ListingLensDb } from '../db';

export interface FlagContext { db: ListingLensDb; senderUrl: string | null; tabId: number | null }

/** Handlers for the flag and notice messages; filled in as the messages land. */
export const flagHandlers: Record<string, (payload: any, ctx: FlagContext) => Promise<unknown>> = {};
