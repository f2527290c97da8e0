// Listing files for bulk triage: CSV (comma, semicolon or tab, as spreadsheets and marketplace
// exports save it; quoted fields, doubled quotes, a UTF-8 BOM) or JSON Lines, one listing per row.
// Pure: text in, rows or row errors out, each with its line number so a reviewer can fix the file.
import { marketplaceOf } from '../../utils/adapters/marketplace';
import { priceFrom } from '../../utils/adapters/price-parse';
import { splitRecords } from '../../utils/packs/csv';
import type { Condition, Listing } from '../../utils/types';

export interface ListingRow {
  line: number;
  listing: Listing;
  marketplace: string | null;
}
export interface RowError {
  line: number;
  error: string;
}
export type RowResult = ListingRow | RowError;

/** Column names a file may use for each field (lower case; spaces and dashes read as "_"). */
const COLUMNS: Record<string, readonly string[]> = {
  title: ['title', 'name', 'listing_title', 'item_title', 'product_title', 'product_name'],
  price: ['price', 'amount', 'price_amount', 'sale_price', 'current_price'],
  currency: ['currency', 'price_currency', 'currency_code'],
  seller: ['seller', 'seller_name', 'store', 'shop', 'vendor'],
  sellerId: ['seller_id', 'store_id', 'shop_id', 'vendor_id'],
  brand: ['brand', 'brand_name'],
  marketplace: ['marketplace', 'site', 'platform', 'channel'],
  url: ['url', 'link', 'listing_url', 'item_url', 'product_url'],
  id: ['id', 'listing_id', 'item_id', 'asin', 'offer_id', 'sku'],
  condition: ['condition', 'item_condition'],
};

const key = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** CSV text as records with the line each starts on, in the file's own delimiter; an unclosed quote is an error. */
function csvRecords(text: string): { records: { line: number; fields: string[] }[]; error: RowError | null } {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const split = splitRecords(s, delimiterOf(s.slice(0, s.search(/\r?\n|$/))));
  if (split.ok) return { records: split.value, error: null };
  const m = /^line (\d+): (.*)$/.exec(split.error);
  return { records: [], error: { line: m ? Number(m[1]) : 1, error: m ? m[2] : split.error } };
}

/** The header's delimiter: whichever of comma, semicolon and tab it uses most (outside quotes). */
function delimiterOf(header: string): string {
  const plain = header.replace(/"[^"]*"/g, '');
  const count = (c: string) => plain.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best) > 0 ? best : ',';
}

/** Rows of a CSV file, or one error for the whole file when the header has no title column. */
export function csvRows(text: string): RowResult[] {
  const { records, error } = csvRecords(text);
  const [head, ...body] = records;
  if (!head) return error ? [error] : [];
  const names = head.fields.map(key);
  const col: Record<string, number> = {};
  for (const [field, aliases] of Object.entries(COLUMNS)) {
    const at = names.findIndex((n) => aliases.includes(n));
    if (at >= 0) col[field] = at;
  }
  if (col.title === undefined)
    return [{ line: head.line, error: `no title column; the header names ${names.join(', ') || 'nothing'}` }];
  const out: RowResult[] = body.map((r) => {
    // Spreadsheets often end rows with an empty cell or two: only extra cells with text are an error.
    if (r.fields.slice(names.length).some((f) => f.trim() !== ''))
      return { line: r.line, error: `${r.fields.length} fields but the header has ${names.length}` };
    const get = (f: string) => (col[f] === undefined ? undefined : r.fields[col[f]]);
    return toRow(r.line, get);
  });
  if (error) out.push(error);
  return out;
}

/** Rows of a JSON Lines file: one object per line with the same field names as the CSV header. */
export function jsonlRows(text: string): RowResult[] {
  const out: RowResult[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      out.push({ line: i + 1, error: `not JSON (${(e as Error).message})` });
      return;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      out.push({ line: i + 1, error: 'not a JSON object' });
      return;
    }
    const o = Object.fromEntries(Object.entries(obj).map(([k, v]) => [key(k), v]));
    const get = (f: string) => {
      for (const a of COLUMNS[f]) {
        const v = o[a];
        if (v !== undefined && v !== null) return typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
      return undefined;
    };
    out.push(toRow(i + 1, get));
  });
  return out;
}

const CONDITIONS: Record<string, Condition> = {
  new: 'new',
  used: 'used',
  'pre-owned': 'used',
  refurbished: 'refurbished',
  renewed: 'refurbished',
};

function toRow(line: number, get: (field: string) => string | undefined): RowResult {
  const title = get('title')?.trim();
  if (!title) return { line, error: 'no title' };
  const priceText = get('price')?.trim();
  const currency = get('currency')?.trim() || null;
  let price = null;
  if (priceText) {
    price = priceFrom(priceText, currency);
    if (!price)
      return { line, error: `price "${priceText}"${currency ? ` ${currency}` : ''} is not a price with a currency` };
  }
  const url = get('url')?.trim() || null;
  const sellerName = get('seller')?.trim() || null,
    sellerId = get('sellerId')?.trim() || null;
  const market = get('marketplace')?.trim().toLowerCase() || marketFromUrl(url);
  return {
    line,
    marketplace: market,
    listing: {
      title,
      price,
      seller: sellerName || sellerId ? { id: sellerId, name: sellerName, url: null } : null,
      brand: get('brand')?.trim() || null,
      listingId: get('id')?.trim() || `line-${line}`,
      url,
      image: null,
      condition: CONDITIONS[get('condition')?.trim().toLowerCase() ?? ''] ?? null,
      sponsored: null,
    },
  };
}

/** The marketplace key of a listing URL's host (amazon.co.uk: "amazon"), or null. */
function marketFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return marketplaceOf(new URL(url));
  } catch {
    return null;
  }
}
