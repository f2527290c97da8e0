import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Responses } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';

/** How many messages the background refused, so tampering or a broken adapter shows up. Behind a disclosure. */
export function DiagnosticsSection() {
  const [stats, setStats] = useState<Responses['ui:diagnostics'] | null>(null);
  useEffect(() => {
    sendMessage('ui:diagnostics', {}).then(setStats, () => setStats(null));
  }, []);
  return (
    <details>
      <summary>{t('options_diagnostics_show')}</summary>
      <p class="muted">{t('options_diagnostics_why')}</p>
      {stats ? (
        <p role="status" aria-label={t('options_diagnostics_refused_label')}>
          {t('options_diagnostics_refused', stats.dropped)}
          {stats.lastDropReason ? ` ${t('options_diagnostics_last', stats.lastDropReason)}` : null}
        </p>
      ) : (
        <p class="muted">{t('options_loading')}</p>
      )}
      {stats ? (
        <p role="status" aria-label={t('page_storage_failures_name')}>
          {t('page_storage_failures', stats.tabStateFailures ?? 0)}
          {stats.lastTabStateFailure ? ` (${stats.lastTabStateFailure})` : null}
        </p>
      ) : null}
    </details>
  );
}
