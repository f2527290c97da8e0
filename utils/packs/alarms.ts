import { browser } from 'wxt/browser';
import { openDb, type ListingLensDb } from '../db';
import type { PackDeps } from './install';
import { updateSubscription } from './subscriptions';

// One alarm per subscription. Service workers restart often, so start-up only creates the
// alarms that are missing or whose period changed: re-creating every alarm at each start
// would keep pushing a daily update into the future forever.

const ALARM_PREFIX = 'pack-update:';
const alarmName = (url: string) => ALARM_PREFIX + url;

export async function syncPackAlarms(db: ListingLensDb, now = Date.now()): Promise<void> {
  const subs = await db.subscriptions.toArray();
  const wanted = new Map(subs.map((s) => [alarmName(s.url), s]));
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(ALARM_PREFIX)) continue;
    const sub = wanted.get(alarm.name);
    if (sub && alarm.periodInMinutes === sub.intervalHours * 60) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const [name, sub] of wanted) {
    const period = sub.intervalHours * 60;
    const sinceCheck = sub.lastChecked === null ? Infinity : (now - sub.lastChecked) / 60_000;
    await browser.alarms.create(name, { delayInMinutes: Math.max(1, period - sinceCheck), periodInMinutes: period });
  }
}

/**
 * Registers the alarm listener (synchronously, so a worker woken by an alarm sees it) and
 * re-creates missing alarms. The background calls this at every service-worker start.
 */
export function startAlarmsWith(getDb: () => ListingLensDb, deps: () => PackDeps): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    void updateSubscription(getDb(), alarm.name.slice(ALARM_PREFIX.length), deps()).catch((e) =>
      console.error('Listing Lens: pack update failed', e),
    );
  });
  void syncPackAlarms(getDb()).catch((e) => console.error('Listing Lens: pack alarms', e));
}

export const lazyDb = (db?: ListingLensDb) => {
  let opened = db ?? null;
  return () => (opened ??= openDb());
};
