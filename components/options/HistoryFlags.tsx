import type { EvidenceMeta } from '../../utils/cases/types';
import type { Relisting } from '../../utils/cases/relisting';
import type { FlagRow } from '../../utils/db';
import { t } from '../../utils/i18n';
import { DataTable } from './DataTable';
import { ActionsCell, DateCell } from './RowCells';
import { typeLabel } from '../../utils/labels';
import { EvidenceDetails } from '../shared/EvidenceDetails';
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

/** Flags with their status, evidence (hashes behind a disclosure) and what can be done with each. */
export function HistoryFlags(props: {
  flags: FlagRow[];
  evidence: EvidenceMeta[];
  basket: number[];
  relisted: Record<number, Relisting>;
  actions: FlagActions;
}) {
  const { flags, evidence, basket, relisted, actions } = props;
  if (flags.length === 0) return <p class="muted">{t('options_history_no_flags')}</p>;
  return (
    <DataTable
      label={t('options_history_flags_table')}
      columns={[
        'options_history_col_flagged',
        'options_history_col_listing',
        'options_history_col_type',
        'options_history_col_status',
        'options_history_col_case',
        'options_history_col_evidence',
        'options_history_col_actions',
      ]}
    >
      {flags.map((f) => {
        const id = f.id!;
        const ev = evidence.filter((e) => e.flagId === id);
        const re = relisted[id];
        const inBasket = basket.includes(id);
        return (
          <tr key={id}>
            <DateCell at={f.createdAt} marketplace={f.marketplace} />
            <td>
              <ListingLink url={f.url} title={f.listing.title} />
              <br />
              <span class="muted small">{t('options_history_listing_number', f.listingId)}</span>
              {re ? (
                <>
                  <br />
                  <span class="error">
                    {t(
                      re.match === 'image' ? 'options_history_relisted_image' : 'options_history_relisted_seller',
                      re.flagId,
                    )}
                  </span>
                </>
              ) : null}
            </td>
            <td>{typeLabel(f.type)}</td>
            <StatusCells
              what="flag"
              id={id}
              status={f.status}
              caseId={f.caseId}
              onStatus={actions.onStatus}
              onCaseId={actions.onCaseId}
            />
            <td>
              {/* A flag without a screenshot can always get one (the popup adds it on the listing's tab). */}
              {!ev.some((e) => e.kind === 'screenshot') ? (
                <button
                  type="button"
                  aria-label={t('options_history_capture_for', id)}
                  onClick={() => actions.onCapture(id)}
                >
                  {t('options_history_capture')}
                </button>
              ) : null}
              {ev.length ? (
                <EvidenceDetails
                  evidence={ev}
                  summary={
                    ev.length === 1 ? t('options_history_evidence_one') : t('options_history_evidence_count', ev.length)
                  }
                />
              ) : null}
            </td>
            <ActionsCell
              what="flag"
              id={id}
              actions={[
                { label: t('options_history_notice'), onClick: () => actions.onCompose(id) },
                {
                  label: inBasket ? t('options_history_in_basket') : t('options_history_to_basket'),
                  disabled: inBasket,
                  onClick: () => actions.onBasket(id),
                },
                { label: t('options_delete'), onClick: () => actions.onDelete(id) },
              ]}
            />
          </tr>
        );
      })}
    </DataTable>
  );
}
