import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Listing, Verdict } from '../../utils/types';
import { formatPrice } from '../shared/format';
import { LevelBadge } from './LevelBadge';
import { resultsView } from './results-view';

/** A results page: worst first, a "suspect only" filter; a row shows its listing on the page. */
export function ResultsList(props: {
  listings: Listing[];
  verdicts: Verdict[];
  onSelect: (listingId: string) => void;
  onReveal: (listingId: string) => void;
}) {
  const [suspectOnly, setSuspectOnly] = useState(false);
  const view = resultsView(props.listings, props.verdicts, suspectOnly);
  return (
    <section aria-label={t('popup_results')}>
      <p class="verdict-line">{t('popup_results_summary', view.total, view.worthALook, view.suspect)}</p>
      <label class="check">
        <input type="checkbox" checked={suspectOnly} onChange={(e) => setSuspectOnly(e.currentTarget.checked)} />
        {t('popup_results_suspect_only')}
      </label>
      {view.rows.length === 0 ? <p class="muted">{t('popup_results_none_suspect')}</p> : null}
      {/* A scrolling region keeps the popup within its 600 px however long the page is. */}
      <ul class="results" aria-label={t('popup_results_list')}>
        {view.rows.map(({ listing: l, verdict: v }) => (
          <li key={l.listingId} class="result">
            <button
              type="button"
              class="result-main"
              title={t('popup_results_show_on_page')}
              onClick={() => props.onReveal(l.listingId)}
            >
              {v ? <LevelBadge level={v.level} /> : null}
              <span class="result-title" translate={false}>
                {l.title}
              </span>
              <span class="muted small">{l.price ? formatPrice(l.price) : ''}</span>
            </button>
            {/* Any listing can be opened: reviewers flag what the rules missed, too. */}
            <button
              type="button"
              class="link"
              aria-label={t('popup_results_details_for', l.title.slice(0, 60))}
              onClick={() => props.onSelect(l.listingId)}
            >
              {t('popup_results_details')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
