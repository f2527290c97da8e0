import type { FlagRow } from '../../utils/db';
import type { EvidenceMeta } from '../../utils/cases/types';
import type { Relisting } from '../../utils/cases/relisting';
import { STATUSES } from '../../utils/notices/status';
import { TYPE_LABELS, isInfringementType } from '../../utils/notices/infringement-types';

export interface FlagActions {
  onStatus: (id: number, status: string) => void;
  onCaseId: (id: number, caseId: string) => void;
  onCompose: (id: number) => void;
  onBasket: (id: number) => void;
  onDelete: (id: number) => void;
  onCapture: (id: number) => void;
}

/** Flags with their status, evidence hashes and what can be done with each. */
export function HistoryFlags({
  flags,
  evidence,
  basket,
  relisted,
  actions,
}: {
  flags: FlagRow[];
  evidence: EvidenceMeta[];
  basket: number[];
  relisted: Record<number, Relisting>;
  actions: FlagActions;
}) {
  if (flags.length === 0) return <p class="muted">No flags match.</p>;
  return (
    <table aria-label="Flags">
      <thead>
        <tr>
          <th>Flagged</th>
          <th>Listing</th>
          <th>Type</th>
          <th>Status</th>
          <th>Platform case id</th>
          <th>Evidence</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        {flags.map((f) => {
          const id = f.id!;
          const ev = evidence.filter((e) => e.flagId === id);
          return (
            <tr key={id}>
              <td>
                {new Date(f.createdAt).toISOString().slice(0, 10)}
                <br />
                <span class="muted">{f.marketplace}</span>
              </td>
              <td>
                {f.url.startsWith('https://') ? (
                  <a href={f.url} target="_blank" rel="noreferrer">
                    {f.listing.title}
                  </a>
                ) : (
                  f.listing.title
                )}
                <br />
                <span class="muted">{f.listingId}</span>
                {relisted[id] ? (
                  <>
                    <br />
                    <span class="error">
                      Possibly re-listed:{' '}
                      {relisted[id].match === 'image' ? 'same image as' : 'same seller and title as'} flag{' '}
                      {relisted[id].flagId} ({relisted[id].listingId}, {relisted[id].status})
                    </span>
                  </>
                ) : null}
              </td>
              <td>{isInfringementType(f.type) ? TYPE_LABELS[f.type] : f.type}</td>
              <td>
                <select
                  aria-label={`Status of flag ${id}`}
                  value={f.status}
                  onChange={(e) => actions.onStatus(id, e.currentTarget.value)}
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Case id for flag ${id}`}
                  value={f.caseId ?? ''}
                  onChange={(e) => actions.onCaseId(id, e.currentTarget.value)}
                />
              </td>
              <td>
                {/* A flag without a screenshot can always get one (the popup adds it on the listing's tab). */}
                {!ev.some((e) => e.kind === 'screenshot') ? (
                  <button
                    type="button"
                    aria-label={`Capture evidence for flag ${id}`}
                    onClick={() => actions.onCapture(id)}
                  >
                    Capture evidence
                  </button>
                ) : null}
                {ev.length ? (
                  <details>
                    <summary>
                      {ev.length} item{ev.length === 1 ? '' : 's'}
                    </summary>
                    <ul style={{ paddingLeft: '14px', fontSize: '11px' }}>
                      {ev.map((e) => (
                        <li key={e.id}>
                          {e.kind} {e.capturedAt}: <code style={{ overflowWrap: 'anywhere' }}>{e.sha256}</code>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </td>
              <td>
                <div class="row">
                  <button
                    type="button"
                    aria-label={`Write a notice for flag ${id}`}
                    onClick={() => actions.onCompose(id)}
                  >
                    Notice
                  </button>
                  <button
                    type="button"
                    aria-label={`Add flag ${id} to the case basket`}
                    disabled={basket.includes(id)}
                    onClick={() => actions.onBasket(id)}
                  >
                    {basket.includes(id) ? 'In basket' : 'Basket'}
                  </button>
                  <button type="button" aria-label={`Delete flag ${id}`} onClick={() => actions.onDelete(id)}>
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
