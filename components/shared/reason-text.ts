import { t } from '../../utils/i18n';
import type { Reason } from '../../utils/types';
import { formatMoney } from './format';

// Reasons for people: each is written from its signal and evidence through the catalogue, never
// from the engine's English `message` (which stays for logs, exports and the evidence record).

type ReasonTone = 'raises' | 'lowers' | 'neutral';

export interface ReasonView {
  text: string;
  tone: ReasonTone;
}

type Evidence = Reason['evidence'];
const s = (e: Evidence, k: string) => (e[k] === null || e[k] === undefined ? '' : String(e[k]));
const n = (e: Evidence, k: string) => (typeof e[k] === 'number' ? (e[k] as number) : Number.NaN);

function brandText(e: Evidence): string {
  if (e.inPassing) return t('common_reason_brand_passing', s(e, 'matched'), s(e, 'brand'));
  if (e.ambiguous) return t('common_reason_brand_ambiguous', s(e, 'matched'), s(e, 'brand'));
  if (e.disguised) return t('common_reason_brand_disguised', s(e, 'brand'), s(e, 'matched'));
  return t('common_reason_brand', s(e, 'brand'));
}

function priceText(e: Evidence): string {
  if (e.accessory) return t('common_reason_price_accessory', s(e, 'accessory'));
  const ratio = n(e, 'ratio');
  if (Number.isNaN(ratio)) return t('common_reason_price_no_rate', s(e, 'currency'));
  const pct = String(Math.round(ratio * 100));
  const ref = formatMoney(n(e, 'reference'), s(e, 'referenceCurrency'));
  const product = `${s(e, 'brand')} ${s(e, 'model')}`.trim();
  return e.referenceKind === 'floor'
    ? t('common_reason_price_floor', pct, ref, product)
    : t('common_reason_price_reference', pct, ref, product);
}

function text(r: Reason): string {
  const e = r.evidence;
  switch (r.signal) {
    case 'brand':
      return brandText(e);
    case 'model':
      return t('common_reason_model', s(e, 'brand'), s(e, 'model'));
    case 'model-unknown':
      return t('common_reason_model_unknown', s(e, 'matched'), s(e, 'brand'));
    case 'coded-wording':
      return t('common_reason_wording', s(e, 'matched'), s(e, 'near'));
    case 'price':
      return priceText(e);
    case 'price-outlier':
      return t(
        'common_reason_price_outlier',
        String(n(e, 'listings')),
        formatMoney(n(e, 'median'), s(e, 'baseCurrency')),
      );
    case 'seller-blocked':
      return t('common_reason_seller_blocked', s(e, 'seller'), s(e, 'brand'));
    case 'seller-authorised':
      return t('common_reason_seller_authorised', s(e, 'seller'), s(e, 'brand'));
  }
}

/** One reason as the popup shows it. */
export function reasonView(r: Reason): ReasonView {
  return { text: text(r), tone: r.weight > 0 ? 'raises' : r.weight < 0 ? 'lowers' : 'neutral' };
}

/** The reasons that moved the score, strongest first: what the verdict line shows at a glance. */
export function topReasons(reasons: readonly Reason[], count = 2): ReasonView[] {
  return [...reasons]
    .filter((r) => r.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count)
    .map(reasonView);
}
