import { STATUSES } from '../../utils/notices/status';
import { statusLabel } from '../shared/labels';

/** A flag's or notice's status; sized to its longest label so no choice is cut off. */
export function StatusSelect(props: { label: string; value: string; onChange: (s: string) => void }) {
  return (
    <select
      class="status"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}
