import { t } from '../../utils/i18n';
import { DataTable } from './DataTable';
import type { PackView } from '../../utils/packs/views';
import { formatAge, formatDate } from '../shared/format';
import { needsExampleNote } from '../../utils/labels';

interface Props {
  packs: PackView[];
  now: number;
  busy: boolean;
  onActivate(id: string): void;
  onRemove(pack: PackView): void;
}

const SOURCE = {
  bundled: 'options_packs_source_bundled',
  subscription: 'options_packs_source_subscription',
  file: 'options_packs_source_file',
} as const;

/** The installed packs, the active one first, each with its verification state spelled out. */
export function PacksInstalled({ packs, now, busy, onActivate, onRemove }: Props) {
  if (packs.length === 0) return <p>{t('options_packs_none')}</p>;
  return (
    <DataTable
      label={t('options_packs_installed')}
      columns={[
        'options_packs_col_pack',
        'options_packs_col_publisher',
        'options_packs_col_version',
        'options_packs_col_brands',
        'options_packs_col_signature',
        'options_packs_col_age',
        'options_history_col_actions',
      ]}
      class="packs-table"
    >
      {packs.map((p) => (
        <tr key={p.id} data-pack-id={p.id} aria-current={p.active ? 'true' : undefined}>
          <th scope="row">
            <span translate={false}>{p.name}</span>
            {p.active ? <span class="tag">{t('options_packs_active')}</span> : null}
            {needsExampleNote(p.name, p.example) ? <span class="tag">{t('popup_pack_example')}</span> : null}
            <div class="muted small">{t(SOURCE[p.source])}</div>
          </th>
          <td translate={false}>{p.publisher}</td>
          <td>{p.version}</td>
          <td>{p.brands}</td>
          <td>
            {p.verified ? t('options_packs_verified') : <strong class="warn">{t('options_packs_unverified')}</strong>}
            {p.fingerprint ? (
              <details>
                <summary>{t('options_packs_key')}</summary>
                <code>{p.fingerprint}</code>
              </details>
            ) : null}
          </td>
          <td>
            {t('options_packs_issued', formatAge(Date.parse(p.issuedAt), now))}
            {p.expired ? (
              <strong class="warn"> · {t('options_packs_expired')}</strong>
            ) : (
              <div class="muted small">{t('options_packs_expires', formatDate(p.expiresAt))}</div>
            )}
          </td>
          <td>
            <div class="row">
              {p.active ? null : (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('options_packs_use', p.name)}
                  onClick={() => onActivate(p.id)}
                >
                  {t('options_packs_use_short')}
                </button>
              )}
              <button
                type="button"
                disabled={busy}
                aria-label={t('options_packs_remove', p.name)}
                onClick={() => onRemove(p)}
              >
                {t('options_packs_remove_short')}
              </button>
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
