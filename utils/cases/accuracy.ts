import { t } from '../i18n';
import { marketLabel } from '../labels';
import { DECIDED, SENT, type Status } from '../notices/status';

// The user's own accuracy per platform over the last 90 days, computed the way platforms
// judge notifiers: Alibaba's Good-Faith programme wants >= 90% removed and <= 5% counter-noticed.
export const WINDOW_DAYS = 90;
export const MIN_REMOVED_RATE = 0.9;
export const MAX_COUNTER_RATE = 0.05;

export interface OutcomeLike {
  marketplace: string;
  status: string;
  createdAt: number;
}

export interface PlatformAccuracy {
  marketplace: string;
  sent: number;
  decided: number;
  removed: number;
  counterNoticed: number;
  /** removed / decided, null when nothing is decided yet. */
  removedRate: number | null;
  /** counter-noticed / sent, null when nothing was sent. */
  counterRate: number | null;
}

export function accuracyByPlatform(rows: OutcomeLike[], now: number, days = WINDOW_DAYS): PlatformAccuracy[] {
  const since = now - days * 86_400_000;
  const by = new Map<string, PlatformAccuracy>();
  for (const r of rows) {
    if (r.createdAt < since || !SENT.includes(r.status as Status)) continue;
    const a = by.get(r.marketplace) ?? {
      marketplace: r.marketplace,
      sent: 0,
      decided: 0,
      removed: 0,
      counterNoticed: 0,
      removedRate: null,
      counterRate: null,
    };
    a.sent += 1;
    if (DECIDED.includes(r.status as Status)) a.decided += 1;
    if (r.status === 'removed') a.removed += 1;
    if (r.status === 'counter-noticed') a.counterNoticed += 1;
    by.set(r.marketplace, a);
  }
  return [...by.values()]
    .map((a) => ({
      ...a,
      removedRate: a.decided ? a.removed / a.decided : null,
      counterRate: a.sent ? a.counterNoticed / a.sent : null,
    }))
    .sort((x, y) => x.marketplace.localeCompare(y.marketplace));
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Plain warnings shown before sending when the user's record is below what platforms accept. */
export function accuracyWarnings(a: PlatformAccuracy | undefined): string[] {
  if (!a) return [];
  const out: string[] = [];
  if (a.removedRate !== null && a.removedRate < MIN_REMOVED_RATE) {
    out.push(
      t(
        'bg_accuracy_removed',
        pct(a.removedRate),
        marketLabel(a.marketplace),
        WINDOW_DAYS,
        a.removed,
        a.decided,
        pct(MIN_REMOVED_RATE),
      ),
    );
  }
  if (a.counterRate !== null && a.counterRate > MAX_COUNTER_RATE) {
    out.push(
      t(
        'bg_accuracy_counter',
        pct(a.counterRate),
        marketLabel(a.marketplace),
        WINDOW_DAYS,
        a.counterNoticed,
        a.sent,
        pct(MAX_COUNTER_RATE),
      ),
    );
  }
  return out;
}
