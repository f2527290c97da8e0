import type { ReviewedFine } from '../../utils/background/page-settings';
import { t } from '../../utils/i18n';
import { ListingLink } from '../shared/ListingLink';
import { DataTable } from './DataTable';
import { DateCell } from './RowCells';

/** A reviewer's "looks fine" decisions: the listing, when and where, their reason, and an undo. */
export function ReviewedFineList(props: { rows: ReviewedFine[]; onUndo: (row: ReviewedFine) => void }) {
  if (props.rows.length === 0) return <p class="muted">{t('triage_fine_empty')}</p>;
  return (
    <DataTable
      label={t('triage_fine_table')}
      columns={[
        'triage_fine_col_decided',
        'options_history_col_listing',
        'triage_fine_col_reason',
        'options_history_col_actions',
      ]}
    >
      {props.rows.map((r) => (
        <tr key={`${r.marketplace}:${r.listingId}`}>
          <DateCell at={r.decidedAt} marketplace={r.marketplace} />
          <td>
            <ListingLink url={r.url ?? ''} title={r.title} />
            <br />
            <span class="muted small">{t('options_history_listing_number', r.listingId)}</span>
          </td>
          <td class="reason-text">{r.note ? r.note : <span class="muted">{t('triage_fine_no_reason')}</span>}</td>
          <td>
            <button type="button" aria-label={t('triage_fine_undo_for', r.title)} onClick={() => props.onUndo(r)}>
              {t('triage_fine_undo')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
