import { useEffect, useState } from 'preact/hooks';
import type { ScreenshotResult } from '../../utils/cases/screenshot';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { EvidenceDetails } from '../shared/EvidenceDetails';

/**
 * Shown in the popup: opening it (a toolbar click) is the one moment the browser allows a
 * screenshot, so it adds one to this listing's open flags that were saved without one.
 */
export function PendingScreenshot({ tabId }: { tabId: number }) {
  const [r, setR] = useState<ScreenshotResult | null>(null);
  useEffect(() => {
    sendMessage('ui:flag-screenshot', { tabId }).then(setR, () => setR(null));
  }, [tabId]);
  if (!r || (r.ok && r.evidence.length === 0)) return null;
  // An automatic attempt that failed informs quietly: nothing the user asked for went wrong.
  if (!r.ok) return <p class="muted">{r.message}</p>;
  return (
    <section class="card" role="status" aria-label={t('notice_screenshot_added_label')}>
      <p>{t('notice_screenshot_added', r.evidence.map((e) => e.flagId).join(', '))}</p>
      <EvidenceDetails evidence={r.evidence} label={t('notice_screenshot_evidence')} />
    </section>
  );
}
