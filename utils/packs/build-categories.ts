// categories.csv and editions.csv into the brands being built: a category's first row names it and
// lists its words, each row may add one reference price; an edition row adds cheaper-edition words.
import type { CsvRow } from './csv';
import { listCell } from './csv';

// biome-ignore lint/suspicious/noExplicitAny: CSV rows become pack JSON whose shape the pack schema checks afterwards
type Json = Record<string, any>;

/** Adds the rows to their brands; returns an error sentence naming the file and line, or null. */
export function addCategories(
  categories: CsvRow[],
  editions: CsvRow[],
  brandOf: (file: string, r: CsvRow) => Json | string,
  baseCurrency: string,
): string | null {
  for (const r of categories) {
    const b = brandOf('categories.csv', r);
    if (typeof b === 'string') return b;
    const c = r.cells;
    const list: Json[] = (b.categories ??= []);
    let cat = list.find((x) => x.id === c.category_id);
    if (!cat) {
      if (!c.name || !listCell(c.terms).length)
        return `categories.csv line ${r.line}: the first row of category "${c.category_id}" needs a name and terms`;
      cat = { id: c.category_id, name: c.name, terms: listCell(c.terms), prices: [] };
      list.push(cat);
    }
    if (c.price) {
      cat.prices.push({
        amount: Number(c.price),
        currency: (c.currency || baseCurrency).toUpperCase(),
        kind: c.price_kind || 'floor',
        ...(c.region ? { region: c.region } : {}),
      });
    }
  }
  for (const r of editions) {
    const b = brandOf('editions.csv', r);
    if (typeof b === 'string') return b;
    (b.editions ??= []).push(...listCell(r.cells.terms));
  }
  return null;
}
