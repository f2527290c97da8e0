/** "3 days ago", "in 2 hours", "never": a timestamp relative to now, past or future, for the options page. */
export function formatRelativeTime(at: number | null, now: number): string {
  if (at === null) return 'never';
  const diff = now - at;
  const abs = Math.abs(diff);
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
  ];
  for (const [ms, name] of units) {
    if (abs >= ms) {
      const n = Math.floor(abs / ms);
      const text = `${n} ${name}${n === 1 ? '' : 's'}`;
      return diff >= 0 ? `${text} ago` : `in ${text}`;
    }
  }
  return 'just now';
}
