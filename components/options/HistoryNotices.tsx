import type { NoticeRow } from '../../utils/db';
import { t } from '../../utils/i18n';
import { formatDate } from '../shared/format';
import { formatLabel, marketLabel } from '../shared/labels';
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
    <div class="table-scroll">
      <table aria-label={t('options_history_notices_table')}>
        <thead>
          <tr>
            <th scope="col">{t('options_history_col_created')}</th>
            <th scope="col">{t('options_history_col_notice')}</th>
            <th scope="col">{t('options_history_col_listings')}</th>
            <th scope="col">{t('options_history_col_status')}</th>
            <th scope="col">{t('options_history_col_case')}</th>
            <th scope="col">{t('options_history_col_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((n) => {
            const id = n.id!;
            return (
              <tr key={id}>
                <td>
                  {formatDate(n.createdAt)}
                  <br />
                  <span class="muted">{marketLabel(n.marketplace)}</span>
                </td>
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
                <td>
                  <div class="row">
                    <button
                      type="button"
                      aria-label={t('options_history_for_notice', t('options_history_case_file'), id)}
                      onClick={() => actions.onCaseFile(id)}
                    >
                      {t('options_history_case_file')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('options_history_for_notice', t('options_delete'), id)}
                      onClick={() => actions.onDelete(id)}
                    >
                      {t('options_delete')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
