import { useEffect, useState } from 'preact/hooks';
import type { HistoryView } from '../../utils/cases/types';
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
  if (!view) return <p role="status">Loading the case basket…</p>;
  const flags = view.flags.filter((f) => f.id !== undefined && view.basket.includes(f.id));
  if (flags.length === 0) {
    return (
      <section class="card" aria-label="Case basket">
        <h2>The case basket is empty</h2>
        <p>
          Flag listings from the Listing Lens button or a badge and choose “Add to case basket”, or add them from the
          history in Options.
        </p>
      </section>
    );
  }
  return (
    <>
      <section class="card" aria-label="Case basket">
        <h2>Case basket ({flags.length})</h2>
        <table>
          <thead>
            <tr>
              <th>Marketplace</th>
              <th>Listing</th>
              <th>Type</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {flags.map((f) => (
              <tr key={f.id}>
                <td>{f.marketplace}</td>
                <td>
                  <ListingLink url={f.url} title={f.listing.title} />
                </td>
                <td>{f.type}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove ${f.listingId} from the basket`}
                    onClick={() => void sendMessage('ui:basket', { remove: [f.id!] }).then(load)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="row" style={{ marginTop: '8px' }}>
          <button type="button" class="primary" onClick={() => setComposing(true)}>
            Prepare notices
          </button>
          <button type="button" onClick={() => void sendMessage('ui:basket', { clear: true }).then(load)}>
            Empty the basket
          </button>
        </div>
      </section>
      {composing ? <NoticeComposer flagIds={flags.map((f) => f.id!)} /> : null}
    </>
  );
}
