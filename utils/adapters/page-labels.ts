// What a product page says about itself in its own words, for shops without structured data:
// the heading that is the product's name (not a hidden "Adding to cart..." popover heading),
// the brand its labels name ("Brand: X", "Visit the X Store", a spec row) and the merchant its
// "Sold by" line or seller box names. Pure text patterns, the same in every shop.
import type { Seller } from '../types';
import { brandFromByline, sellerFromText } from './amazon-text';
import { clean, isHidden, textLength, textOf } from './dom';
import { BRAND_LABEL, specValue } from './spec-table';

const hiddenUp = (el: Element) => {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHidden(e)) return true;
  return false;
};

/** The first title with text: saved pages may carry an empty one first (document.title would be ""). */
function pageTitle(doc: Document): string {
  return (
    Array.from(doc.querySelectorAll('title'))
      .map((t) => clean(t.textContent))
      .find(Boolean) ?? ''
  );
}

/** Screen-reader prefixes and translation toggles that headings carry around the product's name. */
const PREFIX = /^(details about|dettagli su|détails sur|details zu|detalles de|detalhes sobre|szczegóły dotyczące)\s+/i;
const TOGGLE =
  /\s*[-–]\s*(mostra il titolo originale|see original title|show original title|voir le titre d'origine|ver (el )?título original|originaltitel anzeigen)\s*$/i;

/** A title without the prefixes and toggles a heading adds around the name. */
export function tidyTitle(title: string): string {
  return clean(title.replace(PREFIX, '').replace(TOGGLE, '')) || title;
}

/** The page's product heading: the visible h1 the document title repeats, else the first visible one. */
export function productHeading(doc: Document): string | null {
  const heads = Array.from(doc.querySelectorAll('h1'))
    .filter((h) => !hiddenUp(h))
    .map((h) => tidyTitle(textOf(h)))
    .filter((t) => t.length >= 2);
  const title = pageTitle(doc);
  const repeated = heads.find((h) => h.length >= 4 && title.includes(h));
  return repeated ?? heads.find((h) => /\p{L}{3}/u.test(h) && h.length >= 8) ?? heads[0] ?? null;
}

/** Short text blocks of the page, each read once (links, spans, cells, list items). */
function shortBlocks(doc: Document, max = 80): Element[] {
  return Array.from(doc.querySelectorAll('a, span, div, p, td, li, dd, strong, b')).filter(
    (el) => textLength(el) <= max * 2 && !hiddenUp(el),
  );
}

const SPEC_ROWS = ['tr', '.ux-labels-values', 'dl > div', 'li', '[class*="spec" i] > *', '[class*="attr" i] > *'];

/** The brand the page names in a byline or a labelled row. */
export function labelledBrand(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('a, span, div'))) {
    if (textLength(el) > 80) continue;
    const b = brandFromByline(textOf(el));
    if (b && b.length <= 40 && !hiddenUp(el)) return b;
  }
  const v = specValue(doc, SPEC_ROWS, BRAND_LABEL);
  return v && v.length <= 40 ? v : null;
}

const SELLER_BOX = '[class*="seller" i], [id*="seller" i], [class*="merchant" i], [id*="merchant" i]';
/** "newshop201616 (1234) 99.5%": a member name before its feedback. */
const FEEDBACK = /(?:^|\s)([^\s()]{2,40})\s+\(\s*[\d.,]+\s*[KkMm]?\s*\)/;

/** The merchant a "Sold by" line or the page's seller box names. */
export function labelledSeller(doc: Document): Seller | null {
  // The innermost block that says it: "Ships from X Sold by X" around "Sold by X" says it less exactly.
  let found: [Element, string] | null = null;
  for (const el of shortBlocks(doc, 120)) {
    const t = textOf(el);
    if (t.length > 120 || !/sold|verkauf|vendu|vendid|vendut|販売|sprzeda|säljs|verkocht/i.test(t)) continue;
    const name = sellerFromText(t);
    if (!name || name.length > 60) continue;
    if (!found || found[0].contains(el)) found = [el, name];
    else break;
  }
  if (found) return { name: found[1], id: null, url: null };
  for (const box of Array.from(doc.querySelectorAll(SELLER_BOX))) {
    if (textLength(box) > 400 || hiddenUp(box)) continue;
    const m = FEEDBACK.exec(
      textOf(box).replace(/^(seller information|informazioni sul venditore|verkäuferinformationen)\s*/i, ''),
    );
    if (m) return { name: m[1], id: null, url: null };
  }
  return null;
}
