import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { extensionPageDb } from '../../utils/db';
import { EMPTY_PROFILE, ROLES, clearProfile, loadProfile, saveProfile, type Profile } from '../../utils/profile';
import { roleLabel } from '../shared/labels';
import { allFields, fieldErrors, schemaErrors } from '../shared/profile-fields';
import { ProfileFields } from '../shared/ProfileFields';

export interface ProfileStore {
  load: () => Promise<Profile>;
  save: (p: Profile) => Promise<{ ok: boolean }>;
  clear: () => Promise<void>;
}

const localStore: ProfileStore = {
  load: () => loadProfile(extensionPageDb()),
  save: (p) => saveProfile(extensionPageDb(), p),
  clear: () => clearProfile(extensionPageDb()),
};

/** The notifier's details: kept on this device only, used only to fill notices you review. */
export function ProfileSection({ store = localStore }: { store?: ProfileStore }) {
  const [p, setP] = useState<Profile | null>(null);
  const [errors, setErrors] = useState<ReturnType<typeof fieldErrors>>({});
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => void store.load().then(setP), []);
  if (!p) return <p role="status">{t('options_loading')}</p>;
  const fields = allFields(p.role);
  return (
    <form
      aria-label={t('options_profile')}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        // A malformed field blocks saving; an empty needed one does not, it is only pointed out.
        setErrors(fieldErrors(p, fields));
        if (Object.keys(schemaErrors(p)).length > 0) return setMsg(null);
        const r = await store.save(p);
        setMsg(
          r.ok
            ? { tone: 'ok', text: t('options_profile_saved') }
            : { tone: 'error', text: t('onboarding_save_failed') },
        );
      }}
    >
      <p class="muted">{t('onboarding_profile_why')}</p>
      <label for="ll-role">{t('options_profile_role')}</label>
      <select
        id="ll-role"
        value={p.role}
        onChange={(e) => setP({ ...p, role: e.currentTarget.value as Profile['role'] })}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </select>
      <ProfileFields fields={fields} profile={p} errors={errors} onChange={(patch) => setP({ ...p, ...patch })} />
      {msg ? (
        <p role={msg.tone === 'error' ? 'alert' : 'status'} class={msg.tone === 'error' ? 'field-error' : undefined}>
          {msg.text}
        </p>
      ) : null}
      <div class="row actions">
        <button type="submit" class="primary">
          {t('options_profile_save')}
        </button>
        <button
          type="button"
          onClick={async () => {
            await store.clear();
            setP(EMPTY_PROFILE);
            setErrors({});
            setMsg({ tone: 'ok', text: t('options_profile_deleted') });
          }}
        >
          {t('options_profile_delete')}
        </button>
        <a href={browser.runtime.getURL('/onboarding.html')}>{t('options_profile_welcome_again')}</a>
      </div>
    </form>
  );
}
