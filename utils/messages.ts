import { z } from 'zod';
import type { PackActionResult, PacksOverview } from './packs/views';

// The one message protocol. Names say the direction: `content:*` come from content scripts
// (untrusted: any marketplace page can influence them), `ui:*` from extension pages (popup,
// options), which are privileged. Only the background registers handlers, and it validates
// every request against these schemas before acting.

const str = (max: number) => z.string().max(max);
const nullableStr = (max: number) => str(max).nullable();

export const listingSchema = z.strictObject({
  title: str(2_000).min(1),
  price: z
    .strictObject({
      amount: z.number().finite().nonnegative().max(1e10),
      currency: z.string().regex(/^[A-Z]{3}$/),
      range: z.boolean().optional(),
    })
    .nullable(),
  seller: z.strictObject({ name: nullableStr(500), id: nullableStr(500), url: nullableStr(2_000) }).nullable(),
  brand: nullableStr(500),
  listingId: str(200).min(1),
  url: nullableStr(4_000),
  image: nullableStr(4_000),
  condition: z.enum(['new', 'used', 'refurbished']).nullable(),
  sponsored: z.boolean().nullable(),
});

export const extractionSchema = z.strictObject({
  adapter: str(40),
  page: z.enum(['product', 'search', 'unknown']),
  listings: z.array(listingSchema).max(500),
  missing: z.array(str(40)).max(20),
});

export const reasonSchema = z.strictObject({
  signal: z.enum(['brand', 'coded-wording', 'price', 'price-outlier', 'seller-blocked', 'seller-authorised', 'model-unknown', 'model']),
  weight: z.number(),
  message: z.string(),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const verdictSchema = z.strictObject({
  listingId: z.string(),
  level: z.enum(['ok', 'watch', 'suspect']),
  score: z.number(),
  reasons: z.array(reasonSchema),
  brandId: z.string().nullable().optional(),
});

/** Request schemas, by message name. Responses are typed by `Responses` below. */
export const requests = {
  /**
   * A content script reports what it read on its page (or which fields it could not read);
   * the reply is the verdicts. The page URL is taken from the sender, not from the payload.
   */
  'content:page': z.strictObject({ extraction: extractionSchema }),
  /**
   * The user clicked "Review and flag" on a badge. The background only opens the extension's
   * own review page for that listing; it creates nothing (only an extension page can).
   */
  'content:open-flag': z.strictObject({ listingId: str(200).min(1) }),
  /** Diagnostics for the options page: how many messages were dropped, and why. */
  'ui:diagnostics': z.strictObject({}),
  /** The popup asks what the background knows about a tab. */
  'ui:tab-state': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /** Extension pages ask for the active pack summary. */
  'ui:pack-status': z.strictObject({}),
  /** Options page, rule packs section: installed packs, subscriptions and trusted keys. */
  'ui:packs-overview': z.strictObject({}),
  'ui:pack-subscribe': z.strictObject({ url: str(2_000).min(1), intervalHours: z.number().int().min(1).max(720) }),
  'ui:pack-unsubscribe': z.strictObject({ url: str(2_000) }),
  /** Check one subscription now, or all of them (url null). */
  'ui:pack-update-now': z.strictObject({ url: str(2_000).nullable() }),
  /** A pack file the user picked, base64; `allowUnverified` only after the user confirmed. */
  'ui:pack-import': z.strictObject({ fileName: str(300), base64: str(90_000_000), allowUnverified: z.boolean() }),
  'ui:pack-activate': z.strictObject({ id: str(100) }),
  'ui:pack-remove': z.strictObject({ id: str(100) }),
  'ui:key-add': z.strictObject({ text: str(4_000), label: str(100) }),
  'ui:key-remove': z.strictObject({ keyId: str(64) }),
} as const;

export type MessageName = keyof typeof requests;
export type Request<N extends MessageName> = z.infer<(typeof requests)[N]>;

export interface PackStatus {
  loaded: boolean;
  id: string | null;
  name: string | null;
  version: number | null;
  brands: number;
  verified: boolean;
  example: boolean;
  error: string | null;
}

export type TabState =
  | { kind: 'unsupported'; url: string | null }
  | { kind: 'no-rules'; url: string; reason: string }
  | { kind: 'unreadable'; url: string; adapter: string | null; missing: string[] }
  | { kind: 'not-listing'; url: string; adapter: string }
  | {
      kind: 'judged';
      url: string;
      adapter: string;
      page: 'product' | 'search' | 'unknown';
      listings: z.infer<typeof listingSchema>[];
      verdicts: z.infer<typeof verdictSchema>[];
      packName: string;
    };

export interface Responses {
  'content:page': { verdicts: z.infer<typeof verdictSchema>[] } | { error: string };
  'content:open-flag': { ok: true };
  'ui:tab-state': TabState;
  'ui:pack-status': PackStatus;
  'ui:packs-overview': PacksOverview;
  'ui:pack-subscribe': PackActionResult;
  'ui:pack-unsubscribe': PackActionResult;
  'ui:pack-update-now': PackActionResult;
  'ui:pack-import': PackActionResult;
  'ui:pack-activate': PackActionResult;
  'ui:pack-remove': PackActionResult;
  'ui:key-add': PackActionResult;
  'ui:key-remove': PackActionResult;
  'ui:diagnostics': { dropped: number; lastDropReason: string | null };
}

export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: Request<N>;
}

export const envelopeSchema = z.strictObject({ type: z.string().max(60), payload: z.unknown() });

/** True for message names only extension pages may send. */
export const isPrivileged = (name: string) => name.startsWith('ui:');
