// Currency knowledge the price parser needs: which symbol means which ISO code, and which
// currency a marketplace host shows by default. Kept as data so a new site is one line.

/** Symbols and local abbreviations, longest first so "US $" wins over "$". `null` = ask the site. */
export const CURRENCY_SIGNS: readonly (readonly [string, string | null])[] = [
  ['US $', 'USD'],
  ['US$', 'USD'],
  ['CDN$', 'CAD'],
  ['CDN $', 'CAD'],
  ['CA$', 'CAD'],
  ['C $', 'CAD'],
  ['C$', 'CAD'],
  ['AU $', 'AUD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['SG$', 'SGD'],
  ['S$', 'SGD'],
  ['NT$', 'TWD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['COL$', 'COP'],
  ['CLP$', 'CLP'],
  ['S/.', 'PEN'],
  ['S/', 'PEN'],
  ['RMB', 'CNY'],
  ['руб.', 'RUB'],
  ['руб', 'RUB'],
  ['₽', 'RUB'],
  ['р.', 'RUB'],
  ['грн', 'UAH'],
  ['₴', 'UAH'],
  ['Rs.', null],
  ['Rs', null],
  ['₹', 'INR'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Ft', 'HUF'],
  ['lei', 'RON'],
  ['Lei', 'RON'],
  ['kr.', null],
  ['kr', null],
  ['Kr', null],
  ['Fr.', 'CHF'],
  ['TL', 'TRY'],
  ['₺', 'TRY'],
  ['₩', 'KRW'],
  ['원', 'KRW'],
  ['RM', 'MYR'],
  ['Rp', 'IDR'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₪', 'ILS'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['円', 'JPY'],
  ['元', 'CNY'],
  ['￥', null],
  ['¥', null],
  ['$', null],
  ['¢', null],
];

/** ISO 4217 codes we accept when written out ("EUR 10,79", "GBP 11.19"). */
export const ISO_CODES = new Set(
  (
    'USD EUR GBP CAD AUD NZD JPY CNY HKD TWD SGD MYR IDR PHP THB VND KRW INR PKR LKR BDT NPR AED SAR QAR KWD BHD OMR ' +
    'JOD EGP ILS TRY RUB UAH PLN CZK HUF RON BGN HRK RSD CHF SEK NOK DKK ISK MXN BRL ARS CLP COP PEN UYU VES BOB PYG ' +
    'ZAR NGN KES MAD TND GHS'
  ).split(' '),
);

/** Legacy or local spellings of codes that structured data still carries. */
const ALIASES: Record<string, string> = {
  RUR: 'RUB',
  LEI: 'RON',
  RMB: 'CNY',
  YEN: 'JPY',
  NIS: 'ILS',
  TL: 'TRY',
  US$: 'USD',
};

/** Currencies with three decimals: "1.234 KWD" is one dinar and a bit, not a thousand. */
export const THREE_DECIMAL = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND']);

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU']);
const CROWNS = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
const RUPEES = new Set(['INR', 'PKR', 'LKR', 'NPR']);

/** Resolve a sign that several currencies share, using what the site shows by default. */
export function resolveSign(sign: string, fallback: string | null | undefined): string | null {
  const d = fallback?.toUpperCase() ?? null;
  const known = CURRENCY_SIGNS.find(([s]) => s === sign)?.[1];
  if (known) return known;
  if (sign === '$' || sign === '¢') return d && DOLLARS.has(d) ? d : 'USD';
  if (sign === '¥' || sign === '￥') return d === 'JPY' || d === 'CNY' ? d : sign === '¥' ? 'JPY' : 'CNY';
  if (/^kr/i.test(sign)) return d && CROWNS.has(d) ? d : 'SEK';
  if (sign.startsWith('Rs')) return d && RUPEES.has(d) ? d : 'INR';
  return null;
}

/** An ISO code from a code, alias or sign as structured data writes it; null if unknown. */
export function normalizeCurrency(value: unknown, fallback?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!v) return null;
  const up = v.toUpperCase();
  if (ISO_CODES.has(up)) return up;
  if (ALIASES[up]) return ALIASES[up];
  return resolveSign(v, fallback);
}

/** Default currency by host suffix, most specific first (amazon.com.au before .au). */
const HOST_CURRENCY: readonly (readonly [string, string])[] = [
  ['.com.au', 'AUD'],
  ['.com.br', 'BRL'],
  ['.com.mx', 'MXN'],
  ['.com.ar', 'ARS'],
  ['.com.co', 'COP'],
  ['.com.pe', 'PEN'],
  ['.com.uy', 'UYU'],
  ['.com.ve', 'VES'],
  ['.com.ec', 'USD'],
  ['.com.tr', 'TRY'],
  ['.com.sg', 'SGD'],
  ['.com.my', 'MYR'],
  ['.com.hk', 'HKD'],
  ['.com.tw', 'TWD'],
  ['.com.pk', 'PKR'],
  ['.co.uk', 'GBP'],
  ['.co.jp', 'JPY'],
  ['.co.id', 'IDR'],
  ['.co.th', 'THB'],
  ['.co.kr', 'KRW'],
  ['.co.nz', 'NZD'],
  ['.co.za', 'ZAR'],
  ['.co.il', 'ILS'],
  ['.com.be', 'EUR'],
  ['.ca', 'CAD'],
  ['.uk', 'GBP'],
  ['.ie', 'EUR'],
  ['.de', 'EUR'],
  ['.fr', 'EUR'],
  ['.it', 'EUR'],
  ['.es', 'EUR'],
  ['.nl', 'EUR'],
  ['.be', 'EUR'],
  ['.at', 'EUR'],
  ['.pt', 'EUR'],
  ['.fi', 'EUR'],
  ['.gr', 'EUR'],
  ['.sk', 'EUR'],
  ['.si', 'EUR'],
  ['.lt', 'EUR'],
  ['.lv', 'EUR'],
  ['.ee', 'EUR'],
  ['.ch', 'CHF'],
  ['.pl', 'PLN'],
  ['.se', 'SEK'],
  ['.dk', 'DKK'],
  ['.no', 'NOK'],
  ['.cz', 'CZK'],
  ['.hu', 'HUF'],
  ['.ro', 'RON'],
  ['.bg', 'BGN'],
  ['.ru', 'RUB'],
  ['.ua', 'UAH'],
  ['.in', 'INR'],
  ['.jp', 'JPY'],
  ['.cn', 'CNY'],
  ['.sg', 'SGD'],
  ['.ph', 'PHP'],
  ['.vn', 'VND'],
  ['.tw', 'TWD'],
  ['.ae', 'AED'],
  ['.sa', 'SAR'],
  ['.eg', 'EGP'],
  ['.cl', 'CLP'],
  ['taobao.com', 'CNY'],
  ['tmall.com', 'CNY'],
  ['1688.com', 'CNY'],
  ['jd.com', 'CNY'],
];

/** Default locale by host suffix, for the few places where number format depends on it. */
const HOST_LOCALE: readonly (readonly [string, string])[] = [
  ['.co.uk', 'en-GB'],
  ['.co.jp', 'ja-JP'],
  ['.com.br', 'pt-BR'],
  ['.com.mx', 'es-MX'],
  ['.ca', 'en-CA'],
  ['.de', 'de-DE'],
  ['.fr', 'fr-FR'],
  ['.it', 'it-IT'],
  ['.es', 'es-ES'],
  ['.nl', 'nl-NL'],
  ['.pl', 'pl-PL'],
  ['.ch', 'de-CH'],
  ['.in', 'en-IN'],
  ['.jp', 'ja-JP'],
  ['.cn', 'zh-CN'],
  ['taobao.com', 'zh-CN'],
  ['tmall.com', 'zh-CN'],
  ['1688.com', 'zh-CN'],
  ['.ru', 'ru-RU'],
];

export function hostCurrency(host: string): string | null {
  const h = host.toLowerCase();
  return HOST_CURRENCY.find(([suffix]) => h.endsWith(suffix))?.[1] ?? (h.endsWith('.com') ? 'USD' : null);
}

export function hostLocale(host: string): string | null {
  const h = host.toLowerCase();
  return HOST_LOCALE.find(([suffix]) => h.endsWith(suffix))?.[1] ?? null;
}
