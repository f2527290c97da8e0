import type { NoticeRow } from '../../utils/db';
import { isoDay } from '../../utils/notices/text';
import { FORMAT_LABELS, type FormatId } from '../../utils/notices/types';
import { StatusCells } from './StatusCells';

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
                {isoDay(new Date(n.createdAt))}
                <br />
                <span class="muted">{n.marketplace}</span>
              </td>
              <td>
                {FORMAT_LABELS[n.format as FormatId] ?? n.format}
                <br />
                <span class="muted">{n.subject}</span>
              </td>
              <td>{n.flagIds.length}</td>
              <StatusCells
                what="notice"
                id={id}
                status={n.status}
                caseId={n.caseId}
                onStatus={actions.onStatus}
                onCaseId={actions.onCaseId}
              />
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
