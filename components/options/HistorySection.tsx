import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HistoryView } from '../../utils/cases/types';
import { sendMessage } from '../../utils/messaging';
import type { Status } from '../../utils/notices/status';
import { download } from '../notice/download';
import { AccuracyPanel } from './AccuracyPanel';
import { HistoryFlags } from './HistoryFlags';
import { HistoryNotices } from './HistoryNotices';
import { HistoryTools } from './HistoryTools';
import { StatusOptions } from './StatusCells';

const noticePage = (hash: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL('/notice.html')}${hash}` });

/** Flags and notices: status, outcomes, filters, export, deletion and the user's accuracy. */
export function HistorySection() {
  const [view, setView] = useState<HistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [market, setMarket] = useState('');
  const [query, setQuery] = useState('');
  const load = () =>
    sendMessage('ui:history', {}).then(
      (v) => {
        setView(v);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => void load(), []);
  const act = (p: Promise<{ ok: boolean; message?: string; error?: string }>) =>
    p.then(
      (r) => {
        setMessage(r.ok ? (r.message ?? null) : (r.error ?? null));
        return load();
      },
      (e: Error) => setMessage(e.message),
    );

  if (error)
    return (
      <p role="alert" class="error">
        Could not load the history: {error}{' '}
        <button type="button" onClick={() => void load()}>
          Try again
        </button>
      </p>
    );
  if (!view) return <p role="status">Loading the history…</p>;
  const q = query.trim().toLowerCase();
  const flags = view.flags.filter(
    (f) =>
      (!status || f.status === status) &&
      (!market || f.marketplace === market) &&
      (!q ||
        `${f.listing.title} ${f.listingId} ${f.url} ${f.note} ${f.caseId ?? ''} ${f.listing.seller?.name ?? ''}`
          .toLowerCase()
          .includes(q)),
  );
  const notices = view.notices.filter(
    (n) =>
      (!status || n.status === status) &&
      (!market || n.marketplace === market) &&
      (!q || `${n.subject} ${n.caseId ?? ''}`.toLowerCase().includes(q)),
  );
  const markets = [
    ...new Set([...view.flags.map((f) => f.marketplace), ...view.notices.map((n) => n.marketplace)]),
  ].sort();
  return (
    <div>
      <AccuracyPanel accuracy={view.accuracy} />
      <search class="row" aria-label="Filter the history">
        <div>
          <label for="ll-f-status">Filter by status</label>
          <select id="ll-f-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">Any status</option>
            <StatusOptions />
          </select>
        </div>
        <div>
          <label for="ll-f-market">Filter by marketplace</label>
          <select id="ll-f-market" value={market} onChange={(e) => setMarket(e.currentTarget.value)}>
            <option value="">Any marketplace</option>
            {markets.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div style={{ flex: 1 }}>
          <label for="ll-f-q">Search flags and notices</label>
          <input id="ll-f-q" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
      </search>
      {message ? <p role="status">{message}</p> : null}
      <div class="row" style={{ margin: '8px 0' }}>
        <button type="button" onClick={() => noticePage('#basket')}>
          Open the case basket ({view.basket.length})
        </button>
      </div>
      <h3>Flags ({flags.length})</h3>
      <HistoryFlags
        flags={flags}
        evidence={view.evidence}
        basket={view.basket}
        relisted={view.relisted}
        actions={{
          onStatus: (id, s) => void act(sendMessage('ui:flag-update', { id, status: s as Status })),
          onCaseId: (id, c) => void act(sendMessage('ui:flag-update', { id, caseId: c.trim() || null })),
          onCompose: (id) => noticePage(`#notice=${id}`),
          onBasket: (id) => void sendMessage('ui:basket', { add: [id] }).then(load),
          onDelete: (id) => void act(sendMessage('ui:flag-delete', { ids: [id] })),
          onCapture: (id) =>
            void act(
              sendMessage('ui:flag-recapture', { flagId: id }).then((c) =>
                c.ok
                  ? { ok: true, message: ['Evidence captured.', ...c.missing].join(' ') }
                  : { ok: false, error: c.message },
              ),
            ),
        }}
      />
      <h3>Notices ({notices.length})</h3>
      <HistoryNotices
        notices={notices}
        actions={{
          onStatus: (id, s) => void act(sendMessage('ui:notice-update', { id, status: s as Status })),
          onCaseId: (id, c) => void act(sendMessage('ui:notice-update', { id, caseId: c.trim() || null })),
          onCaseFile: (id) =>
            void sendMessage('ui:notice-file', { noticeId: id, kind: 'case-file' }).then((f) =>
              f.ok ? download(f.filename, f.mime, f) : setMessage(f.error),
            ),
          onDelete: (id) => void act(sendMessage('ui:notice-delete', { id })),
        }}
      />
      <HistoryTools
        retentionDays={view.retentionDays}
        onExport={(kind) =>
          void sendMessage('ui:history-export', { kind }).then((f) =>
            f.ok ? download(f.filename, f.mime, f) : setMessage(f.error),
          )
        }
        onClear={() => void act(sendMessage('ui:history-clear', { confirm: true }))}
        onRetention={(days) => void act(sendMessage('ui:retention', { days }))}
      />
    </div>
  );
}
