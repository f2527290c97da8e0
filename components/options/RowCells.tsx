import { t } from '../../utils/i18n';
import { formatDate } from '../shared/format';
import { marketLabel } from '../../utils/labels';

/** When a flag or notice was made, and on which marketplace. */
export function DateCell({ at, marketplace }: { at: number; marketplace: string }) {
  return (
    <td>
      {formatDate(at)}
      <br />
      <span class="muted">{marketLabel(marketplace)}</span>
    </td>
  );
}

export interface RowAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

const FOR = { flag: 'options_history_for_flag', notice: 'options_history_for_notice' } as const;

/** A row's buttons, each named by its visible label and the row it acts on ("Delete, flag 3"). */
export function ActionsCell({ what, id, actions }: { what: 'flag' | 'notice'; id: number; actions: RowAction[] }) {
  return (
    <td>
      <div class="row">
        {actions.map((a) => (
          <button
            key={a.label}
            type="button"
            aria-label={t(FOR[what], a.label, id)}
            disabled={a.disabled}
            onClick={a.onClick}
          >
            {a.label}
          </button>
        ))}
      </div>
    </td>
  );
}
