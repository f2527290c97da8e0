import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Responses } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';

/** How many messages the background refused, so tampering or a broken adapter shows up. */
export function DiagnosticsSection() {
  const [stats, setStats] = useState<Responses['ui:diagnostics'] | null>(null);
  useEffect(() => {
    sendMessage('ui:diagnostics', {}).then(setStats, () => setStats(null));
  }, []);
  if (!stats) return <p class="muted">Loading…</p>;
  return (
    <>
      <p role="status" aria-label="Dropped messages">
        Messages refused since the background started: <strong>{stats.dropped}</strong>
        {stats.lastDropReason ? <> (last: {stats.lastDropReason})</> : null}
      </p>
      <p role="status" aria-label={t('page_storage_failures_name')}>
        {t('page_storage_failures', stats.tabStateFailures ?? 0)}
        {stats.lastTabStateFailure ? <> ({stats.lastTabStateFailure})</> : null}
      </p>
    </>
  );
}
