import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import type { Problem } from '../../utils/notices/checks';

/** Pre-send check results: errors block sending, warnings inform. */
export function PreSendChecks({ problems }: { problems: Problem[] }) {
  if (problems.length === 0)
    return (
      <p role="status" aria-label={t('notice_checks_label')} class="muted">
        {t('notice_checks_ok')}
      </p>
    );
  const profile = problems.some((p) => p.code.startsWith('profile-'));
  return (
    <>
      {profile ? (
        <p>
          <a href={`${browser.runtime.getURL('/options.html')}#profile`} target="_blank" rel="noreferrer">
            {t('notice_open_profile')}
          </a>{' '}
          {t('notice_profile_then_update')}
        </p>
      ) : null}
      <ul aria-label={t('notice_checks_label')} style={{ paddingLeft: '18px' }}>
        {problems.map((p, i) => (
          <li key={i} class={p.level === 'error' ? 'error' : undefined}>
            <strong>{p.level === 'error' ? t('notice_must_fix') : t('notice_check')}</strong> {p.message}
          </li>
        ))}
      </ul>
    </>
  );
}
