import { t } from '../../utils/i18n';
import { STATUSES } from '../../utils/notices/status';
import { statusLabel } from '../../utils/labels';

interface Props {
  /** What the row is, for the controls' accessible names: "Status of flag 3". */
  what: 'flag' | 'notice';
  id: number;
  status: string;
  caseId: string | null | undefined;
  onStatus: (id: number, status: string) => void;
  onCaseId: (id: number, caseId: string) => void;
}

const NAMES = {
  flag: { status: 'options_history_status_of_flag', caseId: 'options_history_case_of_flag' },
  notice: { status: 'options_history_status_of_notice', caseId: 'options_history_case_of_notice' },
} as const;

/** One option per status, in words, for the row selects and the history's status filter. */
export function StatusOptions() {
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {statusLabel(s)}
    </option>
  ));
}

/** The two cells a history row records the platform's answer in: its status and its case id. */
export function StatusCells({ what, id, status, caseId, onStatus, onCaseId }: Props) {
  return (
    <>
      <td>
        {/* Sized to its longest label, so no status is cut off in a narrow table. */}
        <select
          class="status"
          aria-label={t(NAMES[what].status, id)}
          value={status}
          onChange={(e) => onStatus(id, e.currentTarget.value)}
        >
          <StatusOptions />
        </select>
      </td>
      <td>
        <input
          aria-label={t(NAMES[what].caseId, id)}
          value={caseId ?? ''}
          onChange={(e) => onCaseId(id, e.currentTarget.value)}
        />
      </td>
    </>
  );
}
