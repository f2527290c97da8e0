import { t } from '../../utils/i18n';
import type { ReasonView } from '../shared/reason-text';

const MARK = { raises: '▲', lowers: '▼', neutral: '•' } as const;
const TONE_KEY = {
  raises: 'popup_reason_raises',
  lowers: 'popup_reason_lowers',
  neutral: 'popup_reason_neutral',
} as const;

/** Reasons in plain words, each marked with whether it raised or lowered the score. */
export function ReasonList({ reasons, label }: { reasons: ReasonView[]; label: string }) {
  return (
    <ul class="reasons" aria-label={label}>
      {reasons.map((r, i) => (
        <li key={i} class={`tone-${r.tone}`}>
          <span class="mark" aria-hidden="true">
            {MARK[r.tone]}
          </span>
          <span class="sr-only">{t(TONE_KEY[r.tone])}</span>
          {r.text}
        </li>
      ))}
    </ul>
  );
}
