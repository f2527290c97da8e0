import type { FlagPrecheck } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { formatAge } from '../shared/format';
import { statusLabel } from '../../utils/labels';

/** Earlier cases: this listing flagged before, or a re-listing of a flagged one under a new id. */
export function FlagHistoryNote({ precheck, historyUrl }: { precheck: FlagPrecheck; historyUrl: string }) {
  const { alreadyFlagged: same, relistings } = precheck;
  if (!same && relistings.length === 0) return null;
  return (
    <section class="card" aria-label={t('popup_earlier_cases')}>
      {same ? <p>{t('popup_earlier_same', formatAge(same.createdAt), statusLabel(same.status))}</p> : null}
      {relistings.slice(0, 3).map((r) => (
        <p key={r.flagId}>
          {t(
            r.match === 'image' ? 'popup_earlier_relisted_image' : 'popup_earlier_relisted_seller',
            formatAge(r.createdAt),
            statusLabel(r.status),
          )}{' '}
          <a href={`${historyUrl}#history`} target="_blank" rel="noreferrer">
            {t('popup_earlier_open')}
          </a>
        </p>
      ))}
    </section>
  );
}
