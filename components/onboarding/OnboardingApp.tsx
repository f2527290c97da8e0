import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Profile } from '../../utils/profile';
import { LevelLegend } from '../popup/LevelLegend';
import { fieldErrors, onboardingFields } from '../shared/profile-fields';
import { ProfileFields } from '../shared/ProfileFields';
import { RolePicker } from './RolePicker';

const STEPS = [
  'onboarding_step_role',
  'onboarding_step_profile',
  'onboarding_step_badges',
  'onboarding_step_pin',
] as const;

/** First run: role, the profile that role's notices need, what the badges mean, pinning the icon. */
export function OnboardingApp(props: {
  initial: Profile;
  onSave: (p: Profile) => Promise<string | null>;
  onFinish: () => void;
}) {
  const [step, setStep] = useState(0);
  const [p, setP] = useState(props.initial);
  const [errors, setErrors] = useState<ReturnType<typeof fieldErrors>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Each step replaces the last: focus goes to its heading, except on arrival.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  const fields = onboardingFields(p.role);

  async function next() {
    if (step === 1) {
      const found = fieldErrors(p, fields);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
    }
    if (step <= 1) {
      const error = await props.onSave(p);
      setSaveError(error);
      if (error) return;
    }
    if (step === STEPS.length - 1) props.onFinish();
    else setStep(step + 1);
  }

  return (
    <main class="onboarding">
      <h1>{t('onboarding_welcome')}</h1>
      <p class="muted">{t('onboarding_step_of', step + 1, STEPS.length)}</p>
      <section class="card" aria-labelledby="ll-step-h">
        <h2 id="ll-step-h" tabIndex={-1} ref={heading}>
          {t(STEPS[step])}
        </h2>
        {step === 0 ? <RolePicker role={p.role} onChange={(role) => setP({ ...p, role })} /> : null}
        {step === 1 ? (
          <>
            <p>{t('onboarding_profile_why')}</p>
            <ProfileFields fields={fields} profile={p} errors={errors} onChange={(patch) => setP({ ...p, ...patch })} />
          </>
        ) : null}
        {step === 2 ? (
          <>
            <p>{t('onboarding_badges_intro')}</p>
            <LevelLegend />
          </>
        ) : null}
        {step === 3 ? (
          <ol>
            <li>{t('onboarding_pin_1')}</li>
            <li>{t('onboarding_pin_2')}</li>
            <li>{t('onboarding_pin_3')}</li>
          </ol>
        ) : null}
        {saveError ? (
          <p role="alert" class="field-error">
            {saveError}
          </p>
        ) : null}
        <div class="row actions">
          {step > 0 ? (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('onboarding_back')}
            </button>
          ) : null}
          <button type="button" class="primary" onClick={() => void next()}>
            {step === STEPS.length - 1 ? t('onboarding_finish') : t('onboarding_next')}
          </button>
          <span class="spacer" />
          <button type="button" onClick={props.onFinish}>
            {t('onboarding_skip')}
          </button>
        </div>
      </section>
      <p class="muted small">{t('onboarding_later')}</p>
    </main>
  );
}
