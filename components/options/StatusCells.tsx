import { STATUSES } from '../../utils/notices/status';

interface Props {
  /** What the row is, for the controls' accessible names: "Status of flag 3". */
  what: 'flag' | 'notice';
  id: number;
  status: string;
  caseId: string | null | undefined;
  onStatus: (id: number, status: string) => void;
  onCaseId: (id: number, caseId: string) => void;
}

/** One option per status, for the row selects and the history's status filter. */
export function StatusOptions() {
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {s}
    </option>
  ));
}

/** The two cells a history row records the platform's answer in: its status and its case id. */
export function StatusCells({ what, id, status, caseId, onStatus, onCaseId }: Props) {
  return (
    <>
      <td>
        <select
          aria-label={`Status of ${what} ${id}`}
          value={status}
          onChange={(e) => onStatus(id, e.currentTarget.value)}
        >
          <StatusOptions />
        </select>
      </td>
      <td>
        <input
          aria-label={`Case id for ${what} ${id}`}
          value={caseId ?? ''}
          onChange={(e) => onCaseId(id, e.currentTarget.value)}
        />
      </td>
    </>
  );
}
