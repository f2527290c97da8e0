import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

// The notifier's own details: personal data, so local storage only (never sync), used only
// to fill notices the user reviews. Versioned so a later shape can migrate the stored one.
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

/** Defined lazily: nothing an entrypoint imports may touch storage at module scope. */
const profileItem = () => storage.defineItem<Profile>('local:profile', { version: 1, fallback: EMPTY_PROFILE });

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Validates a profile form; errors are values the form can show beside its fields. */
function parseProfile(input: unknown): ProfileResult {
  const r = profileSchema.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`) };
}

export async function loadProfile(): Promise<Profile> {
  const stored = await profileItem().getValue();
  const r = profileSchema.safeParse(stored);
  return r.success ? r.data : EMPTY_PROFILE;
}

export async function saveProfile(input: unknown): Promise<ProfileResult> {
  const r = parseProfile(input);
  if (r.ok) await profileItem().setValue(r.profile);
  return r;
}

export const clearProfile = () => profileItem().removeValue();
