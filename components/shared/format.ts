import { t } from '../../utils/i18n';
import type { Price } from '../../utils/types';

/** The catalogue's language, so dates and numbers read like the words around them. */
const lang = () => t('common_lang') || 'en';

/** An amount in its currency; a code the runtime does not know falls back to "12.00 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(lang(), { style: 'currency', currency }).format(amount);
  } catch {
    return `${Number.isFinite(amount) ? amount.toFixed(2) : '?'} ${currency}`;
  }
}

export function formatPrice(p: Price): string {
  const text = formatMoney(p.amount, p.currency);
  return p.range ? t('common_price_from', text) : text;
}

const UNITS: [number, Intl.RelativeTimeFormatUnit][] = [
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
];

/** "3 days ago", "in 2 hours", "yesterday": coarse ages in the catalogue's language; null is "never". */
export function formatAge(at: number | null, now = Date.now(), coarsest: 'day' | 'minute' = 'day'): string {
  if (at === null) return t('common_never');
  const rtf = new Intl.RelativeTimeFormat(lang(), { numeric: 'auto' });
  const diff = at - now;
  if (coarsest === 'day') return rtf.format(Math.trunc(diff / 86_400_000), 'day');
  for (const [ms, unit] of UNITS) if (Math.abs(diff) >= ms) return rtf.format(Math.trunc(diff / ms), unit);
  return rtf.format(0, 'minute');
}

/** A date as the user reads dates. */
export const formatDate = (at: number | string) =>
  new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' }).format(new Date(at));

export const formatPercent = (x: number) =>
  new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 1 }).format(x);
