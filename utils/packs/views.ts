// What the options page sees of packs, subscriptions and keys: plain data, no bytes.

/** Subscription update intervals: the background enforces the range, the options page offers the default. */
export const MIN_INTERVAL_HOURS = 1;
export const MAX_INTERVAL_HOURS = 24 * 30;
export const DEFAULT_INTERVAL_HOURS = 24;

export interface PackView {
  id: string;
  name: string;
  version: number;
  publisher: string;
  keyId: string | null;
  fingerprint: string | null;
  verified: boolean;
  example: boolean;
  active: boolean;
  brands: number;
  source: 'bundled' | 'subscription' | 'file';
  subscriptionUrl: string | null;
  installedAt: number;
  issuedAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface SubscriptionView {
  url: string;
  intervalHours: number;
  lastChecked: number | null;
  lastUpdated: number | null;
  lastError: string | null;
  packId: string | null;
}

export interface TrustedKeyView {
  keyId: string;
  fingerprint: string;
  label: string;
  bundled: boolean;
  addedAt: number;
}

export interface PacksOverview {
  packs: PackView[];
  subscriptions: SubscriptionView[];
  keys: TrustedKeyView[];
  /** Milliseconds since epoch on the background's clock, so the page can show ages. */
  now: number;
}

/** Every pack action answers with a sentence for the user and the fresh overview. */
export type PackActionResult =
  | { ok: true; message: string; overview: PacksOverview }
  | { ok: false; error: string; canOverride?: boolean; overview: PacksOverview };
