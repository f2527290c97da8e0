import type { NoticeRow } from '../../utils/db';
import { STATUSES } from '../../utils/notices/status';
import { FORMAT_LABELS } from '../../utils/notices/formats/registry';
import type { FormatId } from '../../utils/notices/types';

export interface NoticeActions {
  onStatus: (id: number, status: string) => void;
  onCaseId: (id: number, caseId: string) => void;
  onCaseFile: (id: number) => void;
  onDelete: (id: number) => void;
}

/** Notices with their status; an outcome recorded here applies to every listing in the notice. */
export function HistoryNotices({ notices, actions }: { notices: NoticeRow[]; actions: NoticeActions }) {
  if (notices.length === 0) return <p class="muted">No notices match.</p>;
  return (
    <table aria-label="Notices">
      <thead>
        <tr>
          <th>Created</th>
          <th>Notice</th>
          <th>Listings</th>
          <th>Status</th>
          <th>Platform case id</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        {notices.map((n) => {
          const id = n.id!;
          return (
            <tr key={id}>
              <td>
                {new Date(n.createdAt).toISOString().slice(0, 10)}
                <br />
                <span class="muted">{n.marketplace}</span>
              </td>
              <td>
                {FORMAT_LABELS[n.format as FormatId] ?? n.format}
                <br />
                <span class="muted">{n.subject}</span>
              </td>
              <td>{n.flagIds.length}</td>
              <td>
                <select
                  aria-label={`Status of notice ${id}`}
                  value={n.status}
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
                  aria-label={`Case id for notice ${id}`}
                  value={n.caseId ?? ''}
                  onChange={(e) => actions.onCaseId(id, e.currentTarget.value)}
                />
              </td>
              <td>
                <div class="row">
                  <button
                    type="button"
                    aria-label={`Download case file for notice ${id}`}
                    onClick={() => actions.onCaseFile(id)}
                  >
                    Case file
                  </button>
                  <button type="button" aria-label={`Delete notice ${id}`} onClick={() => actions.onDelete(id)}>
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
