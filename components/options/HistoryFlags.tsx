import type { FlagRow } from '../../utils/db';
import type { EvidenceMeta } from '../../utils/cases/types';
import type { Relisting } from '../../utils/cases/relisting';
import { isoDay } from '../../utils/notices/text';
import { TYPE_LABELS, isInfringementType } from '../../utils/notices/infringement-types';
import { ListingLink } from '../shared/ListingLink';
import { StatusCells } from './StatusCells';

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
                {isoDay(new Date(f.createdAt))}
                <br />
                <span class="muted">{f.marketplace}</span>
              </td>
              <td>
                <ListingLink url={f.url} title={f.listing.title} />
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
              <StatusCells
                what="flag"
                id={id}
                status={f.status}
                caseId={f.caseId}
                onStatus={actions.onStatus}
                onCaseId={actions.onCaseId}
              />
              <td>
                {ev.length === 0 ? (
                  <button
                    type="button"
                    aria-label={`Capture evidence for flag ${id}`}
                    onClick={() => actions.onCapture(id)}
                  >
                    Capture evidence
                  </button>
                ) : (
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
                )}
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
