import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import type { Status } from '../../utils/notices/status';
import { download } from '../notice/download';
import { AccuracyPanel } from './AccuracyPanel';
import { HistoryFilters } from './HistoryFilters';
import { HistoryFlags } from './HistoryFlags';
import { HistoryNotices } from './HistoryNotices';
import { HistoryTools } from './HistoryTools';
import { NO_FILTER, filterHistory } from './history-view';
import { ReviewedFineList } from './ReviewedFineList';
import { useLiveHistory } from './use-live-history';
import { useReviewedFine } from './use-reviewed-fine';

const noticePage = (hash: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL('/notice.html')}${hash}` });

type Outcome = { ok: boolean; message?: string; error?: string };

/** Flags, notices and "looks fine" decisions: status, outcomes, filters, export, deletion and accuracy. */
export function HistorySection() {
  const { view, error, reload } = useLiveHistory();
  const reviewedFine = useReviewedFine();
  // The undone row and its button go: focus moves to the list's heading instead of the page's start.
  const fineHeading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [filter, setFilter] = useState(NO_FILTER);
  // The live query redraws the tables; an action only has to report how it went.
  const act = (p: Promise<Outcome>) =>
    p.then(
      (r) => setMessage(r.ok ? (r.message ? { ok: true, text: r.message } : null) : { ok: false, text: r.error ?? '' }),
      (e: Error) => setMessage({ ok: false, text: e.message }),
    );

  if (error)
    return (
      <p role="alert" class="field-error">
        {t('options_history_failed', error)}{' '}
        <button type="button" onClick={() => void reload()}>
          {t('options_try_again')}
        </button>
      </p>
    );
  if (!view) return <p role="status">{t('options_loading')}</p>;
  const { flags, notices, fine, markets } = filterHistory(view, filter, reviewedFine ?? []);
  return (
    <div>
      <AccuracyPanel accuracy={view.accuracy} />
      <HistoryFilters filter={filter} markets={markets} onChange={setFilter} />
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? undefined : 'field-error'}>
          {message.text}
        </p>
      ) : null}
      <div class="row" style={{ margin: '8px 0' }}>
        <button type="button" onClick={() => noticePage('#basket')}>
          {t('options_history_basket', view.basket.length)}
        </button>
      </div>
      <h3>{t('options_history_flags', flags.length)}</h3>
      <HistoryFlags
        flags={flags}
        evidence={view.evidence}
        basket={view.basket}
        relisted={view.relisted}
        actions={{
          onStatus: (id, s) => void act(sendMessage('ui:flag-update', { id, status: s as Status })),
          onCaseId: (id, c) => void act(sendMessage('ui:flag-update', { id, caseId: c.trim() || null })),
          onCompose: (id) => noticePage(`#notice=${id}`),
          onBasket: (id) => void sendMessage('ui:basket', { add: [id] }),
          onDelete: (id) => void act(sendMessage('ui:flag-delete', { ids: [id] })),
          onCapture: (id) =>
            void act(
              sendMessage('ui:flag-recapture', { flagId: id }).then((c) =>
                c.ok
                  ? { ok: true, message: [t('options_history_captured'), ...c.missing].join(' ') }
                  : { ok: false, error: c.message },
              ),
            ),
        }}
      />
      <h3>{t('options_history_notices', notices.length)}</h3>
      <HistoryNotices
        notices={notices}
        actions={{
          onStatus: (id, s) => void act(sendMessage('ui:notice-update', { id, status: s as Status })),
          onCaseId: (id, c) => void act(sendMessage('ui:notice-update', { id, caseId: c.trim() || null })),
          onCaseFile: (id) =>
            void sendMessage('ui:notice-file', { noticeId: id, kind: 'case-file' }).then((f) =>
              f.ok ? download(f.filename, f.mime, f) : setMessage({ ok: false, text: f.error }),
            ),
          onDelete: (id) => void act(sendMessage('ui:notice-delete', { id })),
        }}
      />
      <h3 ref={fineHeading} tabIndex={-1}>
        {t('triage_fine_heading', fine.length)}
      </h3>
      {reviewedFine === null ? (
        <p role="status">{t('options_loading')}</p>
      ) : (
        <ReviewedFineList
          rows={fine}
          onUndo={(r) =>
            void act(
              sendMessage('ui:reviewed-fine-remove', { marketplace: r.marketplace, listingId: r.listingId }).then(
                (u) => {
                  fineHeading.current?.focus();
                  return u.ok ? { ok: true, message: t('triage_fine_undone', r.title) } : u;
                },
              ),
            )
          }
        />
      )}
      <HistoryTools
        retentionDays={view.retentionDays}
        onExport={(kind) =>
          void sendMessage('ui:history-export', { kind }).then((f) =>
            f.ok ? download(f.filename, f.mime, f) : setMessage({ ok: false, text: f.error }),
          )
        }
        onClear={() => void act(sendMessage('ui:history-clear', { confirm: true }))}
        onRetention={(days) => void act(sendMessage('ui:retention', { days })).then(reload)}
      />
    </div>
  );
}
