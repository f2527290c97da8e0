// How Amazon prints prices, sellers and brands across its storefront languages. Data, so a
// new locale is one more pattern rather than new code.
import { clean, textOf } from './dom';
import { parsePrice, type PriceContext } from './price-parse';
import type { Price } from '../types';

/** "sold by X" in every storefront language; the capture is the merchant name. */
const SOLD_BY: readonly RegExp[] = [
  /\bsold by:?\s+(.+?)(?:\s+and\s+(?:fulfilled|ships?|dispatched)\b|\.\s|\.$|$)/i,
  /\bverkauf(?:\s+und\s+versand)?\s+durch:?\s+(.+?)(?:\s+und\s+versand\b|\.\s|\.$|$)/i,
  /\bvendu\s+par:?\s+(.+?)(?:\s+et\s+expédié\b|\.\s|\.$|$)/i,
  /\bvenduto(?:\s+e\s+spedito)?\s+da:?\s+(.+?)(?:\s+e\s+spedito\b|\.\s|\.$|$)/i,
  /\bvendido(?:\s+y\s+enviado)?\s+por:?\s+(.+?)(?:\s+y\s+(?:enviado|gestionado)\b|\.\s|\.$|$)/i,
  /\bvendido(?:\s+e\s+entregue)?\s+por:?\s+(.+?)(?:\s+e\s+(?:entregue|enviado)\b|\.\s|\.$|$)/i,
  /\bsprzedawany\s+przez:?\s+(.+?)(?:\s+i\s+wysyłany\b|\.\s|\.$|$)/i,
  /\bsäljs\s+av:?\s+(.+?)(?:\s+och\s+skickas\b|\.\s|\.$|$)/i,
  /\bverkocht\s+door:?\s+(.+?)(?:\s+en\s+verzonden\b|\.\s|\.$|$)/i,
  // "この商品は、Amazon.co.jp が販売、発送します。" / "販売元: X"
  /^(?:この商品は、)?\s*(.+?)\s*が販売/,
  /販売元\s*[:：]\s*(.+?)(?:\s|。|$)/,
];

/** Labels of a buy-box table row naming the seller ("Sold by", "Verkäufer", "Venduto da"...). */
export const SELLER_LABEL =
  /^(sold by|seller|shipper \/ seller|verkäufer|verkauf durch|vendu par|vendeur|venduto da|venditore|vendido por|vendedor|verkocht door|販売元|販売者|sprzedawca|säljare)\s*:?$/i;

/** The byline's brand: "Brand: X", "Visit the X Store", "Besuchen Sie den X-Store", "Visita lo Store di X". */
const BYLINE: readonly RegExp[] = [
  /^(?:brand|marke|marque|marca|merk|marka|märke|ブランド)\s*:\s*(.+)$/i,
  /^visit the (.+?) store$/i,
  /^besuchen sie den (.+?)-store$/i,
  /^besuche den (.+?)-store$/i,
  /^visite[rz] la boutique (.+)$/i,
  /^visita lo store di (.+)$/i,
  /^visita la (?:tienda|store) de (.+)$/i,
  /^visite a loja (?:da |de )?(.+)$/i,
  /^bezoek de (.+?)-winkel$/i,
  /^(.+?)のストアを表示$/,
];

export function brandFromByline(byline: string | null): string | null {
  const t = clean(byline);
  for (const re of BYLINE) {
    const m = re.exec(t);
    if (m) return clean(m[1]) || null;
  }
  return null; // "by Mat Follas (Author)": an author is not a brand
}

export function sellerFromText(t: string): string | null {
  for (const re of SOLD_BY) {
    const m = re.exec(clean(t));
    // Text after the name (condition notes, popover copy) is cut at the next label.
    const name = m
      ? clean(m[1])
          .split(/\s+(?:condition|zustand|état|condizione|condición|comment)\s*:/i)[0]
          .replace(/[.,;]$/, '')
      : '';
    if (name && name.length <= 80) return name;
  }
  return null;
}

/**
 * An Amazon price element's amount. `.a-price` keeps the spoken price in `.a-offscreen` and the
 * visible one split into whole/fraction spans; struck (`data-a-strike`) and per-unit prices are not the price.
 */
export function amazonPrice(el: Element | null, ctx: PriceContext): Price | null {
  if (!el) return null;
  const priceEls = el.matches('.a-price') ? [el] : Array.from(el.querySelectorAll('.a-price'));
  for (const p of priceEls) {
    if (p.getAttribute('data-a-strike') === 'true' || p.closest('.a-text-price, [data-a-strike="true"]')) continue;
    if (/priceperunit|basis-?price|unit-?price/i.test(p.className)) continue;
    const off = p.querySelector('.a-offscreen');
    // Without the off-screen copy the visible parts are the price: symbol, whole, decimal and fraction in
    // separate spans, which a reformatted page (a saved one, a proxy's) splits with whitespace.
    const raw = clean(off?.textContent) || textOf(p, { visibleOnly: false }).replace(/\s+/g, '');
    const price = parsePrice(raw, ctx);
    if (price) return price;
  }
  if (priceEls.length) return null;
  return parsePrice(textOf(el, { skip: ['.a-text-strike', 's', 'del', '[data-a-strike="true"]'] }), ctx);
}
