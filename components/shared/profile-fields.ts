import { t, type MessageKey } from '../../utils/i18n';
import { profileSchema, type Profile, type Role } from '../../utils/profile';

export type ProfileField = 'name' | 'organisation' | 'email' | 'phone' | 'address' | 'rights' | 'signature';

export interface FieldSpec {
  key: ProfileField;
  label: MessageKey;
  hint?: MessageKey;
  kind: 'text' | 'email' | 'tel' | 'area';
  /** What this role's notices cannot go without. */
  needed: boolean;
}

const SPECS: Record<ProfileField, Omit<FieldSpec, 'needed'>> = {
  name: { key: 'name', label: 'common_profile_name', kind: 'text' },
  organisation: { key: 'organisation', label: 'common_profile_organisation', kind: 'text' },
  email: { key: 'email', label: 'common_profile_email', kind: 'email' },
  phone: { key: 'phone', label: 'common_profile_phone', kind: 'tel' },
  address: { key: 'address', label: 'common_profile_address', kind: 'area' },
  rights: { key: 'rights', label: 'common_profile_rights', hint: 'common_profile_rights_hint', kind: 'area' },
  signature: { key: 'signature', label: 'common_profile_signature', kind: 'area' },
};

// A consumer's report needs a name to answer and an address to reply to; a notice for a rights
// holder also needs who holds the right and which rights; a reviewer passes cases on, so nothing is required.
const BY_ROLE: Record<Role, [ProfileField, boolean][]> = {
  consumer: [
    ['name', true],
    ['email', true],
  ],
  'rights-holder': [
    ['name', true],
    ['organisation', true],
    ['email', true],
    ['rights', true],
  ],
  agent: [
    ['name', true],
    ['organisation', true],
    ['email', true],
    ['rights', true],
  ],
  reviewer: [
    ['name', false],
    ['organisation', false],
    ['email', false],
  ],
};

const ALL: ProfileField[] = ['name', 'organisation', 'email', 'phone', 'address', 'rights', 'signature'];

/** The fields onboarding asks a role for, in order. */
export const onboardingFields = (role: Role): FieldSpec[] =>
  BY_ROLE[role].map(([key, needed]) => ({ ...SPECS[key], needed }));

/** Every profile field, the role's needed ones marked; Options shows them all. */
export const allFields = (role: Role): FieldSpec[] => {
  const needed = new Set(BY_ROLE[role].filter(([, n]) => n).map(([k]) => k));
  return ALL.map((key) => ({ ...SPECS[key], needed: needed.has(key) }));
};

/** Needed fields still empty: shown before the user reaches a send button that would stay disabled. */
export const missingFields = (p: Profile): ProfileField[] =>
  BY_ROLE[p.role].filter(([key, needed]) => needed && !(p[key] ?? '').trim()).map(([key]) => key);

/** Errors by field, in the user's language: what the schema refuses, then needed fields left empty. */
export function fieldErrors(p: Profile, fields: FieldSpec[]): Partial<Record<ProfileField, string>> {
  const out = schemaErrors(p);
  for (const f of fields) if (f.needed && !(p[f.key] ?? '').trim()) out[f.key] ??= t('common_profile_error_needed');
  return out;
}

/** Only what would stop the profile being stored (a malformed email, a field too long). */
export function schemaErrors(p: Profile): Partial<Record<ProfileField, string>> {
  const out: Partial<Record<ProfileField, string>> = {};
  const parsed = profileSchema.safeParse(p);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as ProfileField;
      out[key] ??= key === 'email' ? t('common_profile_error_email') : t('common_profile_error_length');
    }
  }
  return out;
}
