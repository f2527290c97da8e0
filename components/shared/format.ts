import type { Price } from '../../utils/types';

export function formatPrice(p: Price): string {
  let text: string;
  try {
    text = new Intl.NumberFormat(undefined, { style: 'currency', currency: p.currency }).format(p.amount);
  } catch {
    text = `${p.amount.toFixed(2)} ${p.currency}`;
  }
  return p.range ? `from ${text}` : text;
}

/** Whole days since `ms`: "today", "yesterday", "3 days ago"; how long ago the user flagged a listing. */
export function formatDaysAgo(ms: number, now = Date.now()): string {
  const days = Math.floor((now - ms) / 86_400_000);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
