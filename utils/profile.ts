import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { ListingLensDb } from './db';

// The notifier's own details: personal data, kept in the extension's IndexedDB on this device (never sync
// storage), used only to fill notices the user reviews. Not storage.local: Firefox lets content scripts
// read that, and has no setAccessLevel to stop it; the extension's database is out of their reach in
// both browsers. Versioned so a later shape can migrate the stored one.
export const ROLES = ['consumer', 'rights-holder', 'agent', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that hold or act for the right, and so may make authority (perjury) declarations. */
export const hasAuthority = (role: Role) => role === 'rights-holder' || role === 'agent';

export const profileSchema = z.strictObject({
  name: z.string().trim().max(200),
  organisation: z.string().trim().max(200),
  email: z.union([z.literal(''), z.string().trim().email().max(200)]),
  phone: z.string().trim().max(60),
  address: z.string().trim().max(1_000),
  role: z.enum(ROLES),
  /** Brand staff and agents: the brands and registered rights they hold or represent, in their words. */
  rights: z.string().trim().max(1_000).optional(),
  signature: z.string().max(1_000),
});

export type Profile = z.infer<typeof profileSchema>;

export const EMPTY_PROFILE: Profile = {
  name: '',
  organisation: '',
  email: '',
  phone: '',
  address: '',
  role: 'consumer',
  rights: '',
  signature: '',
};

const KEY = 'profile';
/** Where earlier versions kept the profile; read once to move it, then removed. Defined lazily. */
const legacyItem = () => storage.defineItem<unknown>('local:profile', { version: 1, fallback: null });

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Validates a profile form; errors are values the form can show beside its fields. */
function parseProfile(input: unknown): ProfileResult {
  const r = profileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`) };
}

export async function loadProfile(db: ListingLensDb): Promise<Profile> {
  const row = await db.settings.get(KEY);
  const stored = row ? row.value : await moveLegacy(db);
  const r = profileSchema.safeParse(stored);
  return r.success ? r.data : EMPTY_PROFILE;
}

export async function saveProfile(db: ListingLensDb, input: unknown): Promise<ProfileResult> {
  const r = parseProfile(input);
  if (r.ok) {
    await db.settings.put({ key: KEY, value: r.profile });
    await legacyItem().removeValue();
  }
  return r;
}

export async function clearProfile(db: ListingLensDb): Promise<void> {
  await db.settings.delete(KEY);
  await legacyItem().removeValue();
}

/**
 * A profile an earlier version left in storage.local moves into the database: written there first, then
 * removed, so a worker stopped in between leaves a copy, never none. Concurrent moves write the same value.
 */
async function moveLegacy(db: ListingLensDb): Promise<unknown> {
  const legacy = await legacyItem().getValue();
  if (legacy === null) return null;
  const r = profileSchema.safeParse(legacy);
  if (r.success) await db.settings.put({ key: KEY, value: r.data });
  await legacyItem().removeValue();
  return r.success ? r.data : null;
}
