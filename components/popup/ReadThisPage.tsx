import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { StatusMessage } from './StatusMessage';

/**
 * A shop without a dedicated adapter: opening the popup granted activeTab for this tab, so the
 * general reader is injected once, now. `onRead` shows what it found.
 */
export function ReadThisPage({ tabId, onRead }: { tabId: number; onRead: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const injected = await sendMessage('ui:read-tab', { tabId });
      if (!injected.ok) return live && setError(injected.error);
      for (let i = 0; i < 40 && live; i++) {
        const state = await sendMessage('ui:tab-state', { tabId });
        if (state.kind !== 'unsupported') return onRead();
        await new Promise((r) => setTimeout(r, 100));
      }
    })().catch((e: unknown) => live && setError(String((e as Error)?.message ?? e)));
    return () => {
      live = false;
    };
  }, [tabId]);
  return (
    <StatusMessage title={t('page_read_title')} tone={error ? 'error' : 'info'}>
      <p>{error ?? t('page_read_reading')}</p>
    </StatusMessage>
  );
}
