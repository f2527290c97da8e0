// Turns price text as marketplaces print it into { amount, currency }. The hard parts are
// the number formats of every locale ("1.234,56", "1 234,56", "1'234.50", "1,23,456"),
// signs shared by several currencies ("$", "¥", "kr") and the other prices printed beside
// the real one: struck list prices, unit prices, and the upper end of a range.
import type { Price } from '../types';
import {
  CURRENCY_SIGNS,
  ISO_CODES,
  THREE_DECIMAL,
  hostCurrency,
  hostLocale,
  normalizeCurrency,
  resolveSign,
} from './currency';

export interface PriceContext {
  /** ISO code the site shows when the text has no sign, and used to resolve "$", "¥", "kr", "Rs". */
  defaultCurrency?: string | null;
  /** BCP 47 locale of the page, when known. */
  locale?: string | null;
}

/** The price context a marketplace host implies (amazon.ca: CAD, en-CA). */
export function siteContext(url: URL | string): PriceContext {
  const host = typeof url === 'string' ? new URL(url).hostname : url.hostname;
  return { defaultCurrency: hostCurrency(host), locale: hostLocale(host) };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SIGNS = CURRENCY_SIGNS.map(([s]) => s);
const SIGN_RE = SIGNS.map(esc).join('|');
// A sign or ISO code right before the number ("US $", "EUR ", "R$ ") or right after ("€", " zł", " kr").
const BEFORE = new RegExp(`(?:^|[^\\p{L}])(${SIGN_RE}|[A-Z]{3})\\s*$`, 'u');
const AFTER = new RegExp(`^\\s*(${SIGN_RE}|[A-Z]{3}(?![\\p{L}]))`, 'u');
// Space- or apostrophe-grouped numbers first ("1 234,56", "1'234.50"), then plain ones.
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?:[.,]\d+)?(?!\d)|\d(?:[\d.,]*\d)?/g;

/** Labels of prices that are not the price: list, RRP, "was", UVP... */
const LIST_LABEL =
  /(?:^|[^\p{L}])(list price|listprice|was|rrp|uvp|u\.v\.p\.|statt|typical price|original price|regular price|reg\.?|compare at|msrp|m\.r\.p\.?|mrp|prix conseillé|prix de référence|ancien prix|prezzo consigliato|prezzo precedente|prezzo di listino|precio recomendado|precio anterior|antes|de\s*:|preço original|参考价|原价|定价|参考価格|通常価格|メーカー希望小売価格)\s*:?\s*$/iu;
/** Words that make the next price a lower bound. */
const FROM_LABEL =
  /(?:^|[^\p{L}])(from|starting at|ab|à partir de|a partir de|desde|da|vanaf|od|från|fra|от|起|から)\s*:?\s*$/iu;
/**
 * What follows a unit price: "/kg", "per count", "/ 100 ml", "pro Liter". "/ Piece", "/ lot",
 * "/ pair" are not units but the listing's own price as wholesale sites (DHgate, AliExpress,
 * Alibaba) print every price.
 */
const UNIT_AFTER =
  /^\s*(\/(?!\s*(?:pieces?|pcs?|units?|items?|lots?|pairs?|sets?|ea)\b)|per\b|pro\b|je\b|par\b|al\b|the\b|each\b)/i;
const RANGE_SEP = /^\s*(?:[-–—~〜]|to|bis|à|a|al|till|до|–)\s*$/i;

interface Candidate {
  start: number;
  end: number;
  raw: string;
  sign: string | null;
  signStart: number;
  signEnd: number;
}

/** Parse one printed price. Null when the text holds no usable price (or only a list/unit price). */
export function parsePrice(input: string | null | undefined, ctx: PriceContext = {}): Price | null {
  if (!input) return null;
  const text = input
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, ' ')
    .replace(/\uff04/g, '$');
  const found: Candidate[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    const after = AFTER.exec(text.slice(end, end + 8));
    let sign: string | null = null;
    let signStart = start;
    let signEnd = end;
    const ok = (s: string) => SIGNS.includes(s) || ISO_CODES.has(s) || s === 'RUR';
    if (before && ok(before[1])) {
      sign = before[1];
      signStart = text.lastIndexOf(sign, start - 1);
    } else if (after && ok(after[1])) {
      sign = after[1];
      signEnd = end + after[0].length;
    }
    found.push({ start, end, raw: m[0], sign, signStart, signEnd });
  }
  if (!found.length) return null;
  const anySign = found.some((c) => c.sign);
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    if (anySign && !c.sign) continue; // "2 x 24 x 100 g" beside "€ 12,90" are not prices
    const lead = text.slice(Math.max(0, c.signStart - 40), Math.min(c.signStart, c.start));
    const tail = text.slice(c.signEnd, c.signEnd + 16);
    if (LIST_LABEL.test(lead)) continue;
    if (UNIT_AFTER.test(tail)) continue;
    const currency = currencyOf(c.sign, ctx, c.raw);
    if (!currency) return null;
    let amount = toAmount(c.raw, currency);
    if (amount == null) continue;
    if (c.sign === '¢') amount = amount / 100;
    let range = FROM_LABEL.test(lead) || /^\s*(\+|起|から|~)/.test(tail);
    const next = found[i + 1];
    if (
      next &&
      RANGE_SEP.test(text.slice(c.signEnd, next.sign && next.signStart < next.start ? next.signStart : next.start))
    ) {
      const upper = toAmount(next.raw, currency);
      if (upper != null) {
        range = true;
        amount = Math.min(amount, upper);
      }
    }
    return range ? { amount, currency, range: true } : { amount, currency };
  }
  return null;
}

function currencyOf(sign: string | null, ctx: PriceContext, raw = ''): string | null {
  if (!sign) return ctx.defaultCurrency?.toUpperCase() ?? null;
  // "¥149.00" where the site does not say yen or yuan: yen are never printed with decimals.
  const d = ctx.defaultCurrency?.toUpperCase();
  if (sign === '¥' && d !== 'JPY' && d !== 'CNY' && /[.,]\d{2}$/.test(raw)) return 'CNY';
  return normalizeCurrency(sign, ctx.defaultCurrency) ?? resolveSign(sign, ctx.defaultCurrency);
}

/** The number in "1.234,56" / "1,234.56" / "1 234,56" / "1'234.50" / "1,23,456" as a decimal. */
export function toAmount(raw: string, currency?: string | null): number | null {
  let s = raw.replace(/[ \u00a0\u202f'’]/g, '');
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots && commas) {
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    s = s
      .split(dec === '.' ? ',' : '.')
      .join('')
      .replace(',', '.');
  } else if (dots + commas > 1) {
    s = s.replace(/[.,]/g, ''); // "1.234.567", "1,23,456": grouping only
  } else if (dots + commas === 1) {
    const [, frac] = s.split(/[.,]/);
    // One separator before exactly three digits groups thousands ("1,234", "1.234"), except in
    // three-decimal currencies; anything else is the decimal mark ("12,99", "149.00").
    const grouping = frac.length === 3 && !(currency && THREE_DECIMAL.has(currency.toUpperCase()));
    s = grouping ? s.replace(/[.,]/, '') : s.replace(',', '.');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A Price from structured data's separate amount and currency fields ("25.00", "USD"). */
export function priceFrom(amount: unknown, currency: unknown, ctx: PriceContext = {}): Price | null {
  const code =
    normalizeCurrency(currency, ctx.defaultCurrency) ??
    (currency == null || currency === '' ? (ctx.defaultCurrency?.toUpperCase() ?? null) : null);
  if (typeof amount === 'number') return Number.isFinite(amount) && code ? { amount, currency: code } : null;
  if (typeof amount !== 'string' || !amount.trim()) return null;
  // Structured data writes machine numbers ("1234.5"); fall back to the text parser for "1.234,50 €".
  if (/^\s*\d+(\.\d+)?\s*$/.test(amount)) return code ? { amount: Number(amount), currency: code } : null;
  return parsePrice(amount, { ...ctx, defaultCurrency: code ?? ctx.defaultCurrency });
}
