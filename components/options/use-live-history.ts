import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { basketItem } from '../../utils/cases/settings';
import type { HistoryView } from '../../utils/cases/types';
import { openDb } from '../../utils/db';
import { sendMessage } from '../../utils/messaging';

/**
 * The history as the background assembles it, asked again whenever the flags, notices, evidence
 * or the basket change, in this tab or another (Dexie's liveQuery follows writes across contexts).
 */
export function useLiveHistory() {
  const [view, setView] = useState<HistoryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    sendMessage('ui:history', {}).then(
      (v) => {
        setView(v);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  useEffect(() => {
    const db = openDb();
    const tables = liveQuery(() => Promise.all([db.flags.toArray(), db.notices.toArray(), db.evidence.count()]));
    const sub = tables.subscribe({ next: () => void load(), error: (e: Error) => setError(e.message) });
    const unwatch = basketItem().watch(() => void load());
    return () => {
      sub.unsubscribe();
      unwatch();
      db.close();
    };
  }, []);
  return { view, error, reload: load };
}
