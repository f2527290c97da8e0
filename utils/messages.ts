import { z } from 'zod';
import type * as Flags from './cases/types';
import { INFRINGEMENT_TYPES } from './notices/infringement-types';
import { STATUSES } from './notices/status';
import { FORMATS } from './notices/types';
import type { PhotoResult } from './cases/photos';
import type { ScreenshotResult } from './cases/screenshot';
import type { PackActionResult, PacksOverview } from './packs/views';
import { MAX_TRIAGE_REASON, plainReason } from './triage-reason';

// The one message protocol. Names say the direction: `content:*` come from content scripts
// (untrusted: any marketplace page can influence them), `ui:*` from extension pages (popup,
// options), which are privileged, and `bg:*` go from the background to a content script. The
// background handles every `content:*` and `ui:*` message and validates each request against
// these schemas before acting; a content script answers only `bg:*`, and the background
// validates its answer too (`contentReplies`), since the page can shape it.

const str = (max: number) => z.string().max(max);
const nullableStr = (max: number) => str(max).nullable();

// Listings, extractions and verdicts cross every boundary: utils/types.ts derives their types from these schemas.
export const listingSchema = z.strictObject({
  title: str(2_000).min(1),
  price: z
    .strictObject({
      /** Decimal amount in the currency's major unit (12.99, not 1299). */
      amount: z.number().finite().nonnegative().max(1e10),
      /** ISO 4217 code. */
      currency: z.string().regex(/^[A-Z]{3}$/),
      /** True when the page showed a range or a "from" price and this is its lower bound. */
      range: z.boolean().optional(),
    })
    .nullable(),
  seller: z.strictObject({ name: nullableStr(500), id: nullableStr(500), url: nullableStr(2_000) }).nullable(),
  brand: nullableStr(500),
  /** The marketplace's stable id for this listing (ASIN, eBay item id, offer id...). */
  listingId: str(200).min(1),
  /** Canonical listing URL, tracking parameters removed. */
  url: nullableStr(4_000),
  image: nullableStr(4_000),
  condition: z.enum(['new', 'used', 'refurbished']).nullable(),
  sponsored: z.boolean().nullable(),
});

export const extractionSchema = z.strictObject({
  adapter: str(40),
  page: z.enum(['product', 'search', 'unknown']),
  listings: z.array(listingSchema).max(500),
  /**
   * Mandatory fields the adapter expected but could not find (e.g. "title" on a product
   * page). Non-empty means the listing could not be read; the popup says which field.
   */
  missing: z.array(str(40)).max(20),
});

export const reasonSchema = z.strictObject({
  signal: z.enum([
    'brand',
    'coded-wording',
    'price',
    'price-outlier',
    'seller-blocked',
    'seller-authorised',
    'model-unknown',
    'model',
  ]),
  /** Contribution to the score; negative for suppressing reasons. */
  weight: z.number(),
  /** Plain-language sentence shown to the user. */
  message: z.string(),
  /** The evidence: matched words, price and reference, seller list hit... */
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const verdictSchema = z.strictObject({
  listingId: z.string(),
  level: z.enum(['ok', 'watch', 'suspect']),
  /** 0-100. */
  score: z.number(),
  reasons: z.array(reasonSchema),
  /** Brand id from the pack the verdict is about, if any. */
  brandId: z.string().nullable().optional(),
});

/**
 * An evidence snapshot of a page, as the snapshot script the background injects for it returns it
 * (entrypoints/snapshot.ts): shaped by a hostile page's DOM, so checked like any message.
 */
export const snapshotReplySchema = z.strictObject({
  html: z.string().max(30_000_000),
  url: z.string().max(4_000),
  title: z.string().max(2_000),
});

export type PageSnapshot = z.infer<typeof snapshotReplySchema>;

/** Names one pending triage decision, so a stale popup cannot confirm a newer one. */
const decisionIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** What a content script answers to a triage command: the listings the action concerns. */
const triageReplySchema = z.strictObject({ listingIds: z.array(str(200)).max(500) });

/** Request schemas, by message name. Responses are typed by `Responses` below. */
export const requests = {
  /** The site's page settings changed (paused, resumed, the checked mark): read the page again and report it. */
  'bg:reread': z.strictObject({}),
  /** The popup picked a listing: scroll the page to it and outline it for a moment. */
  'bg:reveal': z.strictObject({
    listingId: str(200).min(1),
    page: z.enum(['product', 'search', 'unknown']),
    index: z.number().int().nonnegative(),
  }),
  /**
   * A reviewer's triage command (commands API) for the page: move to the next or previous flagged
   * listing with its reasons open (`listingIds`: the page's listings decided "looks fine" before, to
   * mark), select one, hand over the selected (or focused) ones, or show a decision the background
   * recorded for `listingIds`.
   */
  'bg:triage': z.strictObject({
    action: z.enum(['next', 'previous', 'select', 'take', 'flagged', 'fine']),
    listingIds: z.array(str(200)).max(500).optional(),
  }),
  /**
   * A content script reports what it read on its page (or which fields it could not read);
   * the reply is the verdicts. The page URL is taken from the sender, not from the payload.
   */
  'content:page': z.strictObject({ extraction: extractionSchema }),
  /**
   * Cards a results page added (infinite scroll, "load more") and the ids of cards that left, one
   * message per batch. Only new or changed cards come: an unchanged card is never judged twice.
   */
  'content:cards': z.strictObject({
    added: z.array(listingSchema).max(500),
    gone: z.array(str(200)).max(2_000),
  }),
  /**
   * The user clicked "Review and flag" on a badge. The background only opens the extension's
   * own review page for that listing; it creates nothing (only an extension page can).
   */
  'content:open-flag': z.strictObject({ listingId: str(200).min(1) }),
  /**
   * The site's adapter read nothing on this page: the background loads the general readers into the
   * sender's own tab (top frame), so a marketplace's content script need not carry them.
   */
  'content:general-reader': z.strictObject({}),
  /** The popup reads its tab with the general reader (activeTab: granted by opening the popup). */
  'ui:read-tab': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /** Sites read automatically besides the marketplaces, and sites paused; `origin` like https://shop.example. */
  'ui:sites': z.strictObject({}),
  /** After the popup was granted the origin: read it automatically from now on. */
  'ui:site-add': z.strictObject({ origin: str(300).min(1) }),
  'ui:site-remove': z.strictObject({ origin: str(300).min(1) }),
  'ui:site-pause': z.strictObject({ origin: str(300).min(1), paused: z.boolean() }),
  /** In-page settings: the quiet "checked" mark on listings found fine (off by default). */
  'ui:page-settings': z.strictObject({ checkedMark: z.boolean().optional() }),
  /** A reviewer triage command for a tab, as the commands API delivers it (for extension pages' own controls). */
  'ui:triage': z.strictObject({
    command: z.enum(['triage-next', 'triage-previous', 'triage-select', 'triage-flag', 'triage-fine']),
    tabId: z.number().int().nonnegative(),
  }),
  /** The triage decision waiting for the reviewer's reason on a tab, if any (the popup shows it first). */
  'ui:triage-pending': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /**
   * The reviewer confirmed the decision they were shown (`decisionId`: a newer one replaces it) with
   * their reason: plain text, trimmed, at most 2,000 characters; a flag needs one, "looks fine" not.
   */
  'ui:triage-confirm': z.strictObject({
    tabId: z.number().int().nonnegative(),
    decisionId: decisionIdSchema,
    reason: z
      .string()
      .max(MAX_TRIAGE_REASON * 2)
      .transform(plainReason)
      .pipe(z.string().max(MAX_TRIAGE_REASON)),
  }),
  'ui:triage-cancel': z.strictObject({ tabId: z.number().int().nonnegative(), decisionId: decisionIdSchema }),
  /** Undo a "looks fine" decision (Options › History): the listing can be triaged again. */
  'ui:reviewed-fine-remove': z.strictObject({ marketplace: str(40).min(1), listingId: str(200).min(1) }),
  /** Diagnostics for the options page: how many messages were dropped, and why. */
  'ui:diagnostics': z.strictObject({}),
  /** The popup asks what the background knows about a tab. */
  'ui:tab-state': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /** The popup asks to scroll the tab to one of its listings and highlight it. */
  'ui:reveal-listing': z.strictObject({ tabId: z.number().int().nonnegative(), listingId: str(200).min(1) }),
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
  // Flags and notices (extension pages only; see utils/cases/handlers.ts).
  'ui:flag-precheck': z.strictObject({ marketplace: str(40), listing: listingSchema }),
  /**
   * The user confirmed a flag. It is saved first; evidence is captured from `capture.tabId` after.
   * `requestId` is made by the form once per flag: a retry after the worker died mid-save finds the
   * flag that was saved instead of saving a second one (the flag form always sends one).
   */
  'ui:flag-create': z.strictObject({
    requestId: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/)
      .optional(),
    url: str(4_000).min(1),
    marketplace: str(40).min(1),
    listing: listingSchema,
    verdict: verdictSchema.nullable(),
    type: z.enum(INFRINGEMENT_TYPES),
    note: str(4_000),
    testBuy: z.strictObject({ orderId: str(100), date: str(20), findings: str(2_000) }).nullable(),
    capture: z.strictObject({ tabId: z.number().int().nonnegative(), pageUrl: str(4_000) }).nullable(),
  }),
  'ui:flag-capture': z.strictObject({
    flagId: z.number().int().positive(),
    tabId: z.number().int().nonnegative(),
    pageUrl: str(4_000),
  }),
  /** The popup opened on a tab (a toolbar click): add a screenshot to open flags of its listing that lack one. */
  'ui:flag-screenshot': z.strictObject({ tabId: z.number().int().nonnegative() }),
  /** A photo of the item received in a test buy (a data URL of the file the user picked). */
  'ui:flag-photo': z.strictObject({
    flagId: z.number().int().positive(),
    dataUrl: str(11_000_000),
  }),
  /** Evidence for an earlier flag from whichever open tab shows its listing. */
  'ui:flag-recapture': z.strictObject({ flagId: z.number().int().positive() }),
  'ui:history': z.strictObject({}),
  'ui:flag-update': z.strictObject({
    id: z.number().int().positive(),
    type: z.enum(INFRINGEMENT_TYPES).optional(),
    note: str(4_000).optional(),
    status: z.enum(STATUSES).optional(),
    caseId: str(200).nullable().optional(),
  }),
  'ui:flag-delete': z.strictObject({ ids: z.array(z.number().int().positive()).min(1).max(100_000) }),
  'ui:history-clear': z.strictObject({ confirm: z.literal(true) }),
  'ui:history-export': z.strictObject({ kind: z.enum(['flags-csv', 'notices-csv', 'json']) }),
  'ui:retention': z.strictObject({ days: z.number().int().min(0).max(3_650) }),
  'ui:basket': z.strictObject({
    add: z.array(z.number().int().positive()).max(10_000).optional(),
    remove: z.array(z.number().int().positive()).max(10_000).optional(),
    clear: z.boolean().optional(),
  }),
  'ui:notice-compose': z.strictObject({
    flagIds: z.array(z.number().int().positive()).min(1).max(10_000),
    format: z.enum(FORMATS),
    rightNumber: str(60).nullable().optional(),
    extra: z.strictObject({
      countries: str(200).optional(),
      patentNumber: str(60).optional(),
      copyrightWork: str(500).optional(),
      messageToSeller: str(2_000).optional(),
    }),
  }),
  /** Stores the notice text the user reviewed (and maybe edited); `sent` when they sent it. */
  'ui:notice-save': z.strictObject({
    id: z.number().int().positive().optional(),
    format: z.enum(FORMATS),
    marketplace: str(40),
    subject: str(1_000),
    text: str(2_000_000),
    recipient: str(254).nullable(),
    flagIds: z.array(z.number().int().positive()).min(1).max(10_000),
    status: z.enum(['draft', 'sent']),
    channel: z.enum(['mailto', 'clipboard', 'eml', 'case-file', 'report-page', 'post']).nullable(),
    /** The revision the editor loaded; a stale one is refused instead of overwriting newer state. */
    revision: z.number().int().nonnegative().optional(),
  }),
  /** Records one way a stored notice left (download, mail, form) without touching its status or text. */
  'ui:notice-channel': z.strictObject({
    id: z.number().int().positive(),
    channel: z.enum(['mailto', 'clipboard', 'eml', 'case-file', 'report-page', 'post']),
  }),
  'ui:notice-update': z.strictObject({
    id: z.number().int().positive(),
    status: z.enum(STATUSES).optional(),
    caseId: str(200).nullable().optional(),
  }),
  'ui:notice-delete': z.strictObject({ id: z.number().int().positive() }),
  'ui:notice-file': z.strictObject({ noticeId: z.number().int().positive(), kind: z.enum(['eml', 'case-file']) }),
  /** Only after the user saw the endpoint and confirmed. */
  'ui:notice-post': z.strictObject({
    noticeId: z.number().int().positive(),
    endpoint: str(2_000),
    confirmed: z.literal(true),
  }),
} as const;

/** Schemas for what a content script answers to `bg:*` messages. */
export const contentReplies = {
  'bg:triage': triageReplySchema,
  'bg:reveal': z.strictObject({ found: z.boolean() }),
  'bg:reread': z.strictObject({ ok: z.literal(true) }),
} as const;

export type MessageName = keyof typeof requests;
/** Messages the background sends to content scripts. */
export type ContentMessage = Extract<MessageName, `bg:${string}`>;
/** Messages the background handles. */
export type BackgroundMessage = Exclude<MessageName, ContentMessage>;
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

/** Verdicts for what a content script sent, and how the page should show them. */
export type PageReply =
  | { verdicts: z.infer<typeof verdictSchema>[]; checked?: boolean; paused?: boolean }
  | { error: string };

/** A triage decision the reviewer has yet to confirm, with what the engine said about each listing. */
export interface TriageDecisionView {
  id: string;
  action: 'flag' | 'fine';
  marketplace: string;
  items: { listingId: string; title: string; url: string | null; reasons: z.infer<typeof reasonSchema>[] }[];
}

interface SitesView {
  /** Origins the user added, read automatically (optional host permission granted). */
  added: string[];
  /** Origins where the user paused Listing Lens. */
  paused: string[];
}

export interface Responses {
  'bg:triage': z.infer<typeof triageReplySchema>;
  'bg:reveal': { found: boolean };
  'bg:reread': { ok: true };
  'content:page': PageReply;
  'content:cards': PageReply;
  'ui:read-tab': { ok: true } | { ok: false; error: string };
  'ui:sites': SitesView;
  'ui:site-add': { ok: true } | { ok: false; error: string };
  'ui:site-remove': { ok: true } | { ok: false; error: string };
  'ui:site-pause': { ok: true };
  'ui:page-settings': { checkedMark: boolean };
  'ui:triage': { ok: true };
  'ui:triage-pending': TriageDecisionView | null;
  'ui:triage-confirm': { ok: true; recorded: number } | { ok: false; error: string };
  'ui:triage-cancel': { ok: true };
  'ui:reviewed-fine-remove': { ok: true } | { ok: false; error: string };
  'content:open-flag': { ok: true };
  'content:general-reader': { ok: boolean };
  'ui:tab-state': TabState;
  'ui:reveal-listing': { found: boolean };
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
  'ui:diagnostics': {
    dropped: number;
    lastDropReason: string | null;
    /** Tab states that could not be stored (session storage full or refused); verdicts were not held up. */
    tabStateFailures?: number;
    lastTabStateFailure?: string | null;
  };
  'ui:flag-precheck': Flags.FlagPrecheck;
  'ui:flag-create': Flags.FlagCreateResult;
  'ui:flag-capture': Flags.CaptureOutcome;
  'ui:flag-recapture': Flags.CaptureOutcome;
  'ui:flag-screenshot': ScreenshotResult;
  'ui:flag-photo': PhotoResult;
  'ui:history': Flags.HistoryView;
  'ui:flag-update': Flags.ActionResult;
  'ui:flag-delete': Flags.ActionResult;
  'ui:history-clear': Flags.ActionResult;
  'ui:history-export': Flags.FileResult;
  'ui:retention': Flags.ActionResult;
  'ui:basket': { flagIds: number[] };
  'ui:notice-compose': Flags.ComposeResult;
  'ui:notice-save': Flags.SaveResult;
  'ui:notice-update': Flags.ActionResult;
  'ui:notice-channel': Flags.SaveResult;
  'ui:notice-delete': Flags.ActionResult;
  'ui:notice-file': Flags.FileResult;
  'ui:notice-post': { ok: true; status: number } | { ok: false; error: string };
}

export const envelopeSchema = z.strictObject({ type: z.string().max(60), payload: z.unknown() });

/** True for message names the background sends and never receives. */
export const isToContent = (name: string): name is ContentMessage => name.startsWith('bg:');

/** True for message names only extension pages may send. */
export const isPrivileged = (name: string) => name.startsWith('ui:');
