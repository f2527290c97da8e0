import { useState } from 'preact/hooks';
import { RETENTION_CHOICES } from '../../utils/cases/retention';
import { t } from '../../utils/i18n';

/** Export, delete-all and retention: the user's control over what is kept. */
export function HistoryTools(props: {
  retentionDays: number;
  onExport: (kind: 'flags-csv' | 'notices-csv' | 'json') => void;
  onClear: () => void;
  onRetention: (days: number) => void;
}) {
  const [confirm, setConfirm] = useState(false);
  return (
    <section class="card" aria-label={t('options_tools')}>
      <div class="row">
        <button type="button" onClick={() => props.onExport('flags-csv')}>
          {t('options_tools_export_flags')}
        </button>
        <button type="button" onClick={() => props.onExport('notices-csv')}>
          {t('options_tools_export_notices')}
        </button>
        <button type="button" onClick={() => props.onExport('json')}>
          {t('options_tools_export_json')}
        </button>
      </div>
      <label for="ll-retention">{t('options_tools_keep')}</label>
      <select
        id="ll-retention"
        value={String(props.retentionDays)}
        onChange={(e) => props.onRetention(Number(e.currentTarget.value))}
        style={{ maxWidth: '240px' }}
      >
        {RETENTION_CHOICES.map((d) => (
          <option key={d} value={String(d)}>
            {d === 0 ? t('options_tools_keep_forever') : t('options_tools_keep_days', d)}
          </option>
        ))}
      </select>
      <div class="row actions">
        {confirm ? (
          <>
            <span class="error" role="alert">
              {t('options_tools_clear_confirm')}
            </span>
            <button
              type="button"
              onClick={() => {
                setConfirm(false);
                props.onClear();
              }}
            >
              {t('options_tools_clear_yes')}
            </button>
            <button type="button" onClick={() => setConfirm(false)}>
              {t('options_tools_clear_no')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirm(true)}>
            {t('options_tools_clear')}
          </button>
        )}
      </div>
    </section>
  );
}
