import { t } from '../../utils/i18n';
import type { Price } from '../../utils/types';

/** An amount in its currency, in the browser's locale; a code the runtime does not know falls back to "12.00 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${Number.isFinite(amount) ? amount.toFixed(2) : '?'} ${currency}`;
  }
}

export function formatPrice(p: Price): string {
  const text = formatMoney(p.amount, p.currency);
  return p.range ? t('common_price_from', text) : text;
}

export function formatAge(ms: number, now = Date.now()): string {
  const days = Math.floor((now - ms) / 86_400_000);
  if (days <= 0) return t('common_age_today');
  return days === 1 ? t('common_age_yesterday') : t('common_age_days', days);
}
