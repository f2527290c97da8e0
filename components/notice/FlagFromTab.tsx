import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../utils/messages';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { marketplaceOfHref } from '../../utils/adapters/marketplace';
import { FlagPanel } from '../popup/FlagPanel';
import { VerdictCard } from '../popup/VerdictCard';

/**
 * The flag form for a badge click. The listing is read from what the background itself
 * recorded for that tab, not from the page's message, and nothing is saved until the user
 * confirms here.
 */
export function FlagFromTab({ tabId, listingId }: { tabId: number; listingId: string }) {
  const [state, setState] = useState<TabState | { kind: 'error'; message: string } | null>(null);
  useEffect(() => {
    sendMessage('ui:tab-state', { tabId }).then(setState, (e: Error) =>
      setState({ kind: 'error', message: e.message }),
    );
  }, [tabId]);
  if (!state) return <p role="status">{t('notice_flag_loading')}</p>;
  if (state.kind !== 'judged') {
    return (
      <section class="card" role="alert" aria-label={t('notice_flag_gone_label')}>
        <h2>{t('notice_flag_gone')}</h2>
        <p>
          {state.kind === 'error' ? state.message : t('notice_flag_tab_moved')} {t('notice_flag_open_again')}
        </p>
      </section>
    );
  }
  const listing = state.listings.find((l) => l.listingId === listingId);
  if (!listing) return <p role="alert">{t('notice_flag_not_on_page')}</p>;
  const verdict = state.verdicts.find((v) => v.listingId === listingId) ?? null;
  const marketplace = marketplaceOfHref(listing.url ?? state.url) ?? state.adapter;
  return (
    <>
      <h2>{t('notice_flag_heading')}</h2>
      <VerdictCard listing={listing} verdict={verdict} />
      <FlagPanel
        tabId={tabId}
        url={listing.url ?? state.url}
        marketplace={marketplace}
        listing={listing}
        verdict={verdict}
      />
    </>
  );
}
