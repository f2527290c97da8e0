import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { pendingKey } from '../../utils/background/triage-pending';
import type { TriageDecisionView } from '../../utils/messages';
import { sendMessage } from '../../utils/messaging';

/**
 * The tab's triage decision waiting for the reviewer's reason: the one the popup opened with, then any
 * newer one (a decide shortcut pressed while the popup is open), asked from the background whenever the
 * decision's stored copy changes.
 */
export function usePendingDecision(tabId: number | null, initial: TriageDecisionView | null) {
  const [decision, setDecision] = useState(initial);
  useEffect(() => {
    if (tabId === null) return;
    return storage.watch(`session:${pendingKey(tabId)}`, () => {
      sendMessage('ui:triage-pending', { tabId }).then(setDecision, () => undefined);
    });
  }, [tabId]);
  return decision;
}
