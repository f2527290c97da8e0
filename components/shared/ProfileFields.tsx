import { t } from '../../utils/i18n';
import type { Profile } from '../../utils/profile';
import type { FieldSpec, ProfileField } from './profile-fields';

/** Labelled profile inputs, with an error under the field that caused it. */
export function ProfileFields(props: {
  fields: FieldSpec[];
  profile: Profile;
  errors: Partial<Record<ProfileField, string>>;
  onChange: (patch: Partial<Profile>) => void;
}) {
  return (
    <>
      {props.fields.map((f) => {
        const id = `ll-p-${f.key}`;
        const error = props.errors[f.key];
        const describedBy = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
        const common = {
          id,
          value: props.profile[f.key] ?? '',
          required: f.needed,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': describedBy || undefined,
          onInput: (e: { currentTarget: { value: string } }) => props.onChange({ [f.key]: e.currentTarget.value }),
        };
        return (
          <div key={f.key} class="field">
            <div class="label-row">
              <label for={id}>{t(f.label)}</label>
              {/* The input's `required` says it to assistive technology; this says it to the eye. */}
              {f.needed ? (
                <span class="muted small" aria-hidden="true">
                  {t('common_required')}
                </span>
              ) : null}
            </div>
            {f.kind === 'area' ? <textarea rows={2} {...common} /> : <input type={f.kind as 'text'} {...common} />}
            {f.hint ? (
              <p id={`${id}-hint`} class="muted small">
                {t(f.hint)}
              </p>
            ) : null}
            {error ? (
              <p id={`${id}-error`} class="field-error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
