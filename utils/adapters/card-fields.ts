// Reading one result card without knowing the shop: its title, its price, its seller and
// whether the page marks it as an ad. Adapters pass selectors as hints; where a hint finds
// nothing (or there is none) the card's own structure decides, the way a buyer reads it:
// the heading or the element named "title", the first price that is not struck through, the
// "by <seller>" or "<seller> (1,234) 99.5%" line, a visible "Sponsored" label.
import type { Price, Seller } from '../types';
import { CURRENCY_SIGNS, ISO_CODES } from './currency';
import { canonicalUrl, clean, isHidden, optional, text, textLength, textOf, type Selectors } from './dom';
import { parsePrice, type PriceContext } from './price-parse';

/** Text as it renders, aria-hidden parts included (split prices hide their digits from screen readers). */
function shownText(el: Element): string {
  return textOf(el, { ariaHiddenShows: true });
}

const NAMED = /title|name/i;
const NOT_TITLE = /brand|seller|shop|store|user|vendor|location|category|badge|price|rating/i;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const SIGNS = CURRENCY_SIGNS.map(([s]) => s).sort((a, b) => b.length - a.length);

/** Only a price: a number with its sign, maybe a range or "from", no words ("+$16.18 delivery", "12% off"). */
function priceOnly(t: string): boolean {
  if (t.length > 40 || !/\d/.test(t) || /%/.test(t)) return false;
  let rest = t;
  for (const s of SIGNS) rest = rest.split(s).join(' ');
  rest = rest
    .replace(/\b[A-Z]{3}\b/g, (c) => (ISO_CODES.has(c) ? ' ' : c))
    .replace(/\b(from|to|ab|desde|de|a|à|bis|ora|now|ahora)\b/gi, ' ');
  return (rest.match(/\p{L}/gu) ?? []).length <= 2;
}

const STRUCK_CLASS =
  /(?:^|[\s_-])(previous|old|was|strike\w*|before|original|list-?price|compare\w*|crossed|regular|rrp|msrp|del)(?:$|[\s_-])/i;

/** A price the page shows as the former one: <s>/<del>, a "previous"/"was" class, an "Antes:" label. */
function struck(el: Element, card: Element): boolean {
  for (let e: Element | null = el; e && e !== card.parentElement; e = e.parentElement) {
    if (/^(S|DEL|STRIKE)$/.test(e.tagName)) return true;
    const cls = e.getAttribute('class') ?? '';
    if (cls && STRUCK_CLASS.test(cls)) return true;
    if (/^(antes|was|before|list|de|statt|prix barré|precio anterior)\b/i.test(e.getAttribute('aria-label') ?? ''))
      return true;
  }
  return false;
}

/** Whole-number part with the cents in a <sup> or a "cents" element: "156" + "98" -> 156.98. */
function splitCents(el: Element, ctx: PriceContext): Price | null {
  const cents = el.querySelector('sup, [class*="cents" i], [class*="decimal" i]:not(:empty)');
  const c = cents ? clean(cents.textContent) : '';
  if (!cents || !/^\d{2}$/.test(c)) return null;
  const whole = parsePrice(shownText(el).replace(new RegExp(`[.,]?\\s*${c}\\s*$`), ''), ctx);
  return whole && Number.isInteger(whole.amount) ? { ...whole, amount: whole.amount + Number(c) / 100 } : null;
}

/** Words around a figure that make it something else than the price: a saving, an instalment, a fee. */
const NOT_THE_PRICE =
  /\b(save|saving|off|value|payments?|delivery|shipping|envío|frete|versand|livraison|exchange|emi|month|mo|cashback|coupon|cupón|ahorra|economize|rabatt|sconto|remise|bonus|reward|cuotas|parcelas|installments?|meses|sin interés|sem juros)\b|\/\s*mo\b|\bx\s*\d+m?\b/i;

/**
 * The price an element shows, when it shows only a price. `signed` asks for a currency sign or code:
 * a card's unsigned numbers are mostly ratings and counts, tried only when no signed price exists.
 */
function priceOfElement(el: Element, ctx: PriceContext, signed = false): Price | null {
  const t = shownText(el);
  if (!t || !priceOnly(t)) return null;
  // "Save $10", "+$16.18 delivery": a label beside the figure in the same short line (a line with
  // other figures, "₹23,499 ₹26,999 12% off", is a price block, not a label).
  const around = el.parentElement ? shownText(el.parentElement) : '';
  const rest = around.replace(t, '');
  if (NOT_THE_PRICE.test(t) || (around.length <= 60 && !/\d/.test(rest) && NOT_THE_PRICE.test(rest))) return null;
  // "(€51.77/kg)", "$0.25 per count": a unit price beside the figure.
  const after = around.slice(around.indexOf(t) + t.length);
  if (/^\s*\/\s*\p{L}/u.test(after) || /^\s*(per|pro|je|each)\b/i.test(after)) return null;
  if (signed && !hasSign(t)) return null;
  return splitCents(el, ctx) ?? parsePrice(t, ctx);
}

const hasSign = (t: string) =>
  SIGNS.some((s) => t.includes(s)) || (t.match(/\b[A-Z]{3}\b/g) ?? []).some((c) => ISO_CODES.has(c));

/** The card's current price: the first price-only element, outermost first, that is not struck. */
export function cardPrice(card: Element, ctx: PriceContext, hint?: Selectors): Price | null {
  if (hint) {
    const el = optional(card, hint);
    const p = el && (priceOfElement(el, ctx) ?? parsePrice(shownText(el), ctx));
    if (p) return p;
  }
  return firstPrice([card, ...Array.from(card.querySelectorAll('*'))], card, ctx);
}

/** The first shown, unstruck price among elements in page order; signed prices before bare figures. */
function firstPrice(elements: Element[], scope: Element, ctx: PriceContext): Price | null {
  const els = elements.filter(
    // aria-hidden is shown on screen: shops hide the visible copy of a price from screen readers and give
    // them a screen-reader-only one ("$59.99" twice), so only the latter is left out.
    (el) => textLength(el) <= 80 && !isHidden(el, true) && !/^(SCRIPT|STYLE|NOSCRIPT)$/.test(el.tagName),
  );
  for (const signed of [true, false]) {
    for (const el of els) {
      const p = priceOfElement(el, ctx, signed);
      if (p && !struck(el, scope)) return p;
    }
  }
  return null;
}

const looksLikePrice = (t: string) => priceOnly(t) && /\d/.test(t);

/** The card's title: a hint, a heading, an element named "title"/"name", the link's title, the image's alt. */
export function cardTitle(card: Element, links: readonly Element[], hint?: Selectors): string | null {
  const ok = (t: string | null | undefined) => {
    const c = clean(t);
    return c.length >= 2 && !looksLikePrice(c) && !AD_LABEL.test(c) ? c : null;
  };
  if (hint) {
    const t = ok(text(card, hint));
    if (t) return t;
  }
  for (const h of Array.from(card.querySelectorAll(HEADINGS))) {
    const t = ok(textOf(h)) ?? ok(h.getAttribute('aria-label'));
    if (t) return t;
  }
  for (const el of Array.from(card.querySelectorAll('[class], [data-testid], [data-qa-locator], [itemprop]'))) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!NAMED.test(label) || NOT_TITLE.test(label.replace(/item-?name|product-?name|title/gi, ''))) continue;
    const t = ok(textOf(el));
    if (t) return t;
  }
  for (const a of links) {
    const t = ok(a.getAttribute('title'));
    if (t) return t;
  }
  const alt = ok(card.querySelector('img[alt]')?.getAttribute('alt'));
  // The longest line of the link's own text that is not a price: the title on cards that are one big link.
  const lines = links.flatMap((a) => textBlocks(a)).filter((t) => ok(t));
  if (alt && lines.some((l) => l === alt || (alt.length > 8 && l.startsWith(alt)))) return alt;
  return lines.sort((a, b) => b.length - a.length)[0] ?? alt;
}

/** The texts of the elements that hold text directly, each read whole. */
function textBlocks(root: Element): string[] {
  const out: string[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (isHidden(el) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && clean(n.nodeValue));
    if (own) out.push(textOf(el));
  }
  return out.filter(Boolean);
}

const BY_SELLER =
  /^(?:by|sold by|seller|from|por|vendido por|vendida por|von|verkauft von|par|vendu par|da|venduto da|door|販売者|卖家)\s*:?\s+(.{2,60})$/i;
/** "gamesgalaxyconsett (1,493) 100%", "jlabllc 99.1% positive (5.1K)": a member name before its feedback. */
const FEEDBACK =
  /^([^\s()]{2,40})\s+(?:\([\d.,]+\s*[KkMm]?\)\s*\d{1,3}(?:[.,]\d)?\s*%|\d{1,3}(?:[.,]\d)?\s*%\s*\S+\s*\([\d.,]+\s*[KkMm]?\))/;

/** The seller a card names, if it names one. */
export function cardSeller(card: Element, base: URL, hint?: Selectors): Seller | null {
  const hinted = hint ? optional(card, hint) : null;
  const fromEl = (el: Element, name: string): Seller => {
    const href = el.closest('a')?.getAttribute('href') ?? el.querySelector('a')?.getAttribute('href');
    return { name, id: null, url: canonicalUrl(href, base) };
  };
  const said = hinted ? textOf(hinted) : '';
  if (hinted && said) {
    const m = BY_SELLER.exec(said) ?? FEEDBACK.exec(said);
    return fromEl(hinted, clean(m?.[1] ?? said));
  }
  // The innermost element that says it: a row that also holds a shipping note says it less exactly.
  let found: [Element, string] | null = null;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (textLength(el) > 90 || isHidden(el)) continue;
    const m = sellerLine(textOf(el));
    if (m && (!found || found[0].contains(el))) found = [el, m];
    else if (found && !found[0].contains(el)) break;
  }
  if (found) return fromEl(found[0], found[1]);
  for (const el of Array.from(card.querySelectorAll(SELLER_EL))) {
    const t = textOf(el);
    if (t.length >= 2 && t.length <= 60 && !/\d\s*%|^\d/.test(t)) return fromEl(el, t);
  }
  return null;
}

function sellerLine(t: string): string | null {
  const m = BY_SELLER.exec(t) ?? FEEDBACK.exec(t);
  // "por ser tu primera compra": a phrase of lower-case words is a sentence, not a name.
  return m && !/^\d/.test(m[1]) && !/^[\p{Ll}]+(\s+[\p{Ll}]+){2,}$/u.test(m[1]) ? clean(m[1]) : null;
}

/** Cards that print the seller bare, in an element named for it ("poly-component__seller"). */
const SELLER_EL = '[class*="seller" i], [class*="merchant" i], [class*="shop-name" i], [class*="store-name" i]';

const AD_LABEL =
  /^(sponsored|ad|ads|advertisement|gesponsert|anzeige|sponsorisé|annonce|sponsorizzato|patrocinado|promocionado|anuncio|publicidad|スポンサー|広告|广告|推广)$/i;

/** A visible ad label on the card (screen-reader-only copies and hidden decoys do not count). */
export function cardSponsored(card: Element, hint?: Selectors): boolean {
  if (hint && optional(card, hint)) return true;
  for (const el of Array.from(card.querySelectorAll('span, div, p, small, em, b, strong, label'))) {
    if (textLength(el) > 24 || !AD_LABEL.test(textOf(el))) continue;
    let hidden = false;
    for (let e: Element | null = el; e && e !== card && !hidden; e = e.parentElement) hidden = isHidden(e);
    if (!hidden) return true;
  }
  return false;
}

/** The first price after an element (a product page's heading), for pages with nothing but their DOM. */
export function priceAfter(doc: Document, from: Element, ctx: PriceContext, limit = 3000): Price | null {
  const scope = doc.body ?? doc.documentElement;
  const els = Array.from(scope.querySelectorAll('*'));
  const start = els.indexOf(from);
  return firstPrice(els.slice(start + 1, start + 1 + limit), scope, ctx);
}
