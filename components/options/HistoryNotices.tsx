import type { NoticeRow } from '../../utils/db';
import { t } from '../../utils/i18n';
import { DataTable } from './DataTable';
import { ActionsCell, DateCell } from './RowCells';
import { formatLabel } from '../../utils/labels';
import { StatusCells } from './StatusCells';

export interface NoticeActions {
  onStatus: (id: number, status: string) => void;
  onCaseId: (id: number, caseId: string) => void;
  onCaseFile: (id: number) => void;
  onDelete: (id: number) => void;
}

/** Notices with their status; an outcome recorded here applies to every listing in the notice. */
export function HistoryNotices({ notices, actions }: { notices: NoticeRow[]; actions: NoticeActions }) {
  if (notices.length === 0) return <p class="muted">{t('options_history_no_notices')}</p>;
  return (
    <DataTable
      label={t('options_history_notices_table')}
      columns={[
        'options_history_col_created',
        'options_history_col_notice',
        'options_history_col_listings',
        'options_history_col_status',
        'options_history_col_case',
        'options_history_col_actions',
      ]}
    >
      {notices.map((n) => {
        const id = n.id!;
        return (
          <tr key={id}>
            <DateCell at={n.createdAt} marketplace={n.marketplace} />
            <td>
              {formatLabel(n.format)}
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
            <ActionsCell
              what="notice"
              id={id}
              actions={[
                { label: t('options_history_case_file'), onClick: () => actions.onCaseFile(id) },
                { label: t('options_delete'), onClick: () => actions.onDelete(id) },
              ]}
            />
          </tr>
        );
      })}
    </DataTable>
  );
}
