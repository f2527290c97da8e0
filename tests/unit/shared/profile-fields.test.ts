import { describe, expect, it } from 'vitest';
import { allFields, fieldErrors, missingFields, onboardingFields } from '../../../components/shared/profile-fields';
import { EMPTY_PROFILE } from '../../../utils/profile';

describe('profile fields by role', () => {
  it('asks a consumer for a name and an email only', () => {
    expect(onboardingFields('consumer').map((f) => [f.key, f.needed])).toEqual([
      ['name', true],
      ['email', true],
    ]);
  });

  it('asks brand staff and agents for the organisation and the rights they hold or represent', () => {
    for (const role of ['rights-holder', 'agent'] as const)
      expect(onboardingFields(role).map((f) => f.key)).toEqual(['name', 'organisation', 'email', 'rights']);
  });

  it('requires nothing of a reviewer', () => {
    expect(onboardingFields('reviewer').every((f) => !f.needed)).toBe(true);
    expect(missingFields({ ...EMPTY_PROFILE, role: 'reviewer' })).toEqual([]);
  });

  it('shows every field in Options, marking the role’s needed ones', () => {
    const fields = allFields('consumer');
    expect(fields).toHaveLength(7);
    expect(fields.filter((f) => f.needed).map((f) => f.key)).toEqual(['name', 'email']);
  });

  it('puts each error on the field that caused it', () => {
    const p = { ...EMPTY_PROFILE, role: 'consumer' as const, name: 'Ana', email: 'not-an-email' };
    expect(fieldErrors(p, onboardingFields('consumer'))).toEqual({
      email: 'Enter an email address such as name@example.com.',
    });
    expect(Object.keys(fieldErrors(EMPTY_PROFILE, onboardingFields('consumer')))).toEqual(['name', 'email']);
    expect(missingFields({ ...EMPTY_PROFILE, role: 'agent', name: 'A' })).toEqual(['organisation', 'email', 'rights']);
  });
});
