import { t } from '../../utils/i18n';
import type { Listing, Verdict } from '../../utils/types';
import { levelMeaning } from '../../utils/labels';
import { reasonView, topReasons } from '../shared/reason-text';
import { LevelBadge, ScoreText } from './LevelBadge';
import { LevelLegend } from './LevelLegend';
import { ListingFields } from './ListingFields';
import { ReasonList } from './ReasonList';

/** The verdict in one line with its strongest reasons; everything else behind disclosures. */
export function VerdictCard({ listing, verdict }: { listing: Listing; verdict: Verdict | null }) {
  const top = verdict ? topReasons(verdict.reasons) : [];
  return (
    <section class="card" aria-label={t('popup_verdict')}>
      <p class="verdict-line">
        {verdict ? (
          <>
            <LevelBadge level={verdict.level} /> <ScoreText score={verdict.score} />{' '}
            <span>{levelMeaning(verdict.level)}</span>
          </>
        ) : (
          <span class="muted">{t('popup_not_scored')}</span>
        )}
      </p>
      <p class="listing-title" translate={false}>
        {listing.title}
      </p>
      {top.length > 0 ? (
        <ReasonList reasons={top} label={t('popup_top_reasons')} />
      ) : (
        <p class="muted">{t('popup_no_reasons')}</p>
      )}
      <details>
        <summary>{t('popup_details')}</summary>
        {verdict && verdict.reasons.length > top.length ? (
          <ReasonList reasons={verdict.reasons.map(reasonView)} label={t('popup_all_reasons')} />
        ) : null}
        <ListingFields listing={listing} />
        {verdict && verdict.reasons.length > 0 ? (
          <details>
            <summary>{t('popup_evidence_details')}</summary>
            <ul class="evidence-raw">
              {verdict.reasons.map((r, i) => (
                <li key={i}>
                  <code>
                    {r.signal} {r.weight}: {JSON.stringify(r.evidence)}
                  </code>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <details>
          <summary>{t('popup_legend')}</summary>
          <LevelLegend />
        </details>
      </details>
    </section>
  );
}
