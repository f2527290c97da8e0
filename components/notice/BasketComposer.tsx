import { useEffect, useState } from 'preact/hooks';
import type { HistoryView } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { marketLabel, typeLabel } from '../../utils/labels';

import { sendMessage } from '../../utils/messaging';
import { ListingLink } from '../shared/ListingLink';
import { NoticeComposer } from './NoticeComposer';

/** The case basket: flags collected across tabs and pages, turned into notices together. */
export function BasketComposer() {
  const [view, setView] = useState<HistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const load = () => sendMessage('ui:history', {}).then(setView, (e: Error) => setError(e.message));
  useEffect(() => void load(), []);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (!view) return <p role="status">{t('notice_basket_loading')}</p>;
  const flags = view.flags.filter((f) => f.id !== undefined && view.basket.includes(f.id));
  if (flags.length === 0) {
    return (
      <section class="card" aria-label={t('notice_basket_label')}>
        <h2>{t('notice_basket_empty')}</h2>
        <p>{t('notice_basket_empty_help')}</p>
      </section>
    );
  }
  return (
    <>
      <section class="card" aria-label={t('notice_basket_label')}>
        <h2>{t('notice_basket_heading', flags.length)}</h2>
        <table>
          <thead>
            <tr>
              <th>{t('notice_basket_marketplace')}</th>
              <th>{t('notice_basket_listing')}</th>
              <th>{t('notice_basket_type')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={f.id}>
                <td>{marketLabel(f.marketplace)}</td>
                <td>
                  <ListingLink url={f.url} title={f.listing.title} />
                </td>
                <td>{typeLabel(f.type)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('notice_basket_remove_label', f.listingId)}
                    onClick={() => void sendMessage('ui:basket', { remove: [f.id!] }).then(load)}
                  >
                    {t('notice_basket_remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="row" style={{ marginTop: '8px' }}>
          <button type="button" class="primary" onClick={() => setComposing(true)}>
            {t('notice_basket_prepare')}
          </button>
          <button type="button" onClick={() => void sendMessage('ui:basket', { clear: true }).then(load)}>
            {t('notice_basket_clear')}
          </button>
        </div>
      </section>
      {composing ? <NoticeComposer flagIds={flags.map((f) => f.id!)} /> : null}
    </>
  );
}
