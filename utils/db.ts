import Dexie, { type EntityTable } from 'dexie';
import type { Listing, Verdict } from './types';
import type { MarketplaceInfo } from './packs/schema';
import type { NoticeEvent } from './notices/lifecycle';
import { clearBlocked, markBlocked } from './storage-health';

// The extension's one database. Opened only by the background and extension pages,
// never by a content script (there it would be the marketplace's own IndexedDB).
// Versions are append-only: add `db.version(N+1)` with an upgrade, never edit a shipped one.
export const DB_NAME = 'listing-lens';

export interface PackRow {
  /** Pack id from the pack header. */
  id: string;
  version: number;
  name: string;
  publisher: string;
  keyId: string | null;
  verified: boolean;
  /** The exact bytes that were signed (UTF-8 JSON), kept so the pack can be re-verified. */
  bytes: ArrayBuffer;
  signature: string | null;
  installedAt: number;
  issuedAt: string;
  expiresAt: string;
  brands: number;
  /** Header facts kept beside the bytes so a cold start needs no JSON parse of the pack. */
  example: boolean;
  marketplaces: Record<string, MarketplaceInfo>;
  source: 'bundled' | 'subscription' | 'file';
  subscriptionUrl: string | null;
  active: boolean;
  /** Compiled engine in its stored, load-without-parsing form, and its format number. */
  engine: ArrayBuffer | null;
  engineFormat: number | null;
}

export interface FlagRow {
  id?: number;
  listingId: string;
  url: string;
  marketplace: string;
  /** Infringement type from the unified list in DOMAIN.md. */
  type: string;
  status: string;
  createdAt: number;
  updatedAt: number;
  listing: Listing;
  verdict: Verdict | null;
  note: string;
  testBuy: { orderId: string; date: string; findings: string } | null;
  brandId: string | null;
  packId: string | null;
  caseId: string | null;
  outcome: string | null;
  /** The role the user held when flagging: one open flag per listing and role. */
  role?: string;
  /** The form's id for this flag (ui:flag-create), so a retried save finds it; absent on older rows. */
  requestId?: string;
}

export interface NoticeRow {
  id?: number;
  format: string;
  flagIds: number[];
  marketplace: string;
  text: string;
  subject: string;
  recipient: string | null;
  status: string;
  channel: string | null;
  createdAt: number;
  sentAt: number | null;
  caseId: string | null;
  /** Channel actions and status moves, oldest first (utils/notices/lifecycle.ts); absent on older rows. */
  events?: NoticeEvent[];
  /** Bumped on every write, so an editor left open cannot overwrite newer state. */
  revision?: number;
}

export interface EvidenceRow {
  id?: number;
  flagId: number;
  /** `photo`: a picture of an item received in a test buy, uploaded by the user. */
  kind: 'screenshot' | 'snapshot' | 'fields' | 'photo';
  mime: string;
  data: Blob | string;
  sha256: string;
  capturedAt: string;
  url: string;
}

export interface SubscriptionRow {
  url: string;
  intervalHours: number;
  etag: string | null;
  lastModified: string | null;
  lastChecked: number | null;
  lastUpdated: number | null;
  lastError: string | null;
  packId: string | null;
}

interface TrustedKeyRow {
  keyId: string;
  publicKey: string;
  label: string;
  addedAt: number;
  bundled: boolean;
}

/** A keyed record of this device's own settings; the notifier's profile is the first (utils/profile.ts). */
interface SettingRow {
  key: string;
  value: unknown;
}

interface CounterRow {
  name: string;
  value: number;
}

export type ListingLensDb = Dexie & {
  packs: EntityTable<PackRow, 'id'>;
  flags: EntityTable<FlagRow, 'id'>;
  notices: EntityTable<NoticeRow, 'id'>;
  evidence: EntityTable<EvidenceRow, 'id'>;
  subscriptions: EntityTable<SubscriptionRow, 'url'>;
  trustedKeys: EntityTable<TrustedKeyRow, 'keyId'>;
  counters: EntityTable<CounterRow, 'name'>;
  settings: EntityTable<SettingRow, 'key'>;
};

const BLOCKED_RETRY_MS = 5_000;

let pageDb: ListingLensDb | null = null;
/** This extension page's one connection, opened at first use (the background opens its own in start.ts). */
export const extensionPageDb = (): ListingLensDb => (pageDb ??= openDb());

export function openDb(name = DB_NAME): ListingLensDb {
  const db = new Dexie(name) as ListingLensDb;
  db.version(1).stores({
    packs: 'id, active',
    flags: '++id, listingId, url, marketplace, type, status, createdAt, brandId',
    notices: '++id, format, *flagIds, status, createdAt',
    evidence: '++id, flagId, kind',
    subscriptions: 'url',
    trustedKeys: 'keyId',
    counters: 'name',
  });
  // The profile moves out of storage.local, which Firefox's content scripts can read (utils/profile.ts).
  db.version(2).stores({ settings: 'key' });
  // An upgrade waits for every other connection to close. Ours close when asked (Dexie's default),
  // but one that does not would leave every request waiting forever: requests fail at once with a
  // sentence (storage-health.ts) while the database tries again every few seconds, each try ending
  // the same way until the old connection is gone.
  db.on('blocked', () => {
    markBlocked(name);
    db.close();
    setTimeout(() => void db.open().catch(() => undefined), BLOCKED_RETRY_MS);
  });
  db.on('ready', () => clearBlocked(name));
  return db;
}
