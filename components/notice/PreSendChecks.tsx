import { browser } from 'wxt/browser';
import type { Problem } from '../../utils/notices/checks';

/** Pre-send check results: errors block sending, warnings inform. */
export function PreSendChecks({ problems }: { problems: Problem[] }) {
  if (problems.length === 0)
    return (
      <p role="status" aria-label="Pre-send checks" class="muted">
        All pre-send checks passed.
      </p>
    );
  const profile = problems.some((p) => p.code.startsWith('profile-'));
  return (
    <>
      {profile ? (
        <p>
          <a href={`${browser.runtime.getURL('/options.html')}#profile`} target="_blank" rel="noreferrer">
            Open your profile
          </a>{' '}
          to add the missing details, then choose “Update the notice”.
        </p>
      ) : null}
      <ul aria-label="Pre-send checks" style={{ paddingLeft: '18px' }}>
        {problems.map((p, i) => (
          <li key={i} class={p.level === 'error' ? 'error' : undefined}>
            <strong>{p.level === 'error' ? 'Must fix: ' : 'Check: '}</strong>
            {p.message}
          </li>
        ))}
      </ul>
    </>
  );
}
