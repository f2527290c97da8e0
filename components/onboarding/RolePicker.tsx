import { t } from '../../utils/i18n';
import { ROLES, type Role } from '../../utils/profile';
import { roleLabel } from '../../utils/labels';

const HINTS: Record<Role, Parameters<typeof t>[0]> = {
  consumer: 'onboarding_role_consumer_hint',
  'rights-holder': 'onboarding_role_brand_hint',
  agent: 'onboarding_role_brand_hint',
  reviewer: 'onboarding_role_reviewer_hint',
};

/** The role decides which notice formats are offered and what the profile must hold. */
export function RolePicker({ role, onChange }: { role: Role; onChange: (r: Role) => void }) {
  return (
    <fieldset class="roles">
      <legend>{t('onboarding_role_question')}</legend>
      {ROLES.map((r) => (
        <label key={r} class="role">
          <input type="radio" name="role" value={r} checked={role === r} onChange={() => onChange(r)} />
          <span>
            <strong>{roleLabel(r)}</strong>
            <br />
            <span class="muted small">{t(HINTS[r])}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
