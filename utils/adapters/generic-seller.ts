// "Sold by X" as shops print it, in the languages of the generic shops we see. Only a
// labelled merchant counts: a brand link or a review author is not the seller.
import type { Seller } from '../types';
import { clean } from './dom';

const LABELS = [
  /\bsold (?:and shipped )?by:?\s+(.{2,60}?)(?:\.|$| and | ships| fulfilled)/i,
  /\bverkauf (?:und versand )?durch:?\s+(.{2,60}?)(?:\.|$| und )/i,
  /\bvândut (?:și livrat )?de:?\s+(.{2,60}?)(?:\.|$| și )/i,
  /\bvendu (?:et expédié )?par:?\s+(.{2,60}?)(?:\.|$| et )/i,
  /\bvendido (?:y enviado )?por:?\s+(.{2,60}?)(?:\.|$| y )/i,
  /\bvenduto (?:e spedito )?da:?\s+(.{2,60}?)(?:\.|$| e )/i,
];

/** The seller named by a "sold by" label in short text blocks of the page, or null. */
export function domSeller(doc: Document): Seller | null {
  for (const el of Array.from(doc.querySelectorAll('p, span, div, li, dd, td, strong, b, a'))) {
    if (el.children.length > 6) continue;
    const t = clean(el.textContent);
    if (t.length > 120 || t.length < 8) continue;
    for (const re of LABELS) {
      const m = re.exec(t);
      if (m && clean(m[1])) return { name: clean(m[1]), id: null, url: null };
    }
  }
  return null;
}
