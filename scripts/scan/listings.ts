// npm run scan -- --listings FILE [--format jsonl|csv] [--rules PACK]
// Bulk triage: scores every row of a listing file (a marketplace export, a monitoring tool's output)
// and writes one verdict per row with its reasons, in row order, to stdout. A bad row becomes an
// output row with its line number and what is wrong, never a crash. Progress goes to stderr.
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Verdict } from '../../utils/types';
import { csvRows, jsonlRows } from './listing-rows';
import type { ListingRow, RowResult } from './listing-rows';
import { loadRules } from './rules';

type OutputFormat = 'jsonl' | 'csv';

export interface ListingsOptions {
  file: string;
  format: OutputFormat;
  rules: string | null;
  out: Writable;
  err: Writable;
}

/** Rows of a file by its name: .jsonl/.ndjson/.json are JSON Lines, anything else CSV. */
function readRows(file: string, text: string): RowResult[] {
  return /\.(jsonl|ndjson|json)$/i.test(file) ? jsonlRows(text) : csvRows(text);
}

const CSV_HEAD = ['line', 'listing_id', 'level', 'score', 'brand', 'marketplace', 'title', 'url', 'reasons', 'error'];

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function formatRow(r: RowResult, v: Verdict | null, format: OutputFormat): string {
  if ('error' in r) {
    return format === 'csv'
      ? CSV_HEAD.map((c) => csvCell(c === 'line' ? r.line : c === 'error' ? r.error : null)).join(',')
      : JSON.stringify({ line: r.line, error: r.error });
  }
  const l = r.listing;
  const base = {
    line: r.line,
    listingId: l.listingId,
    level: v?.level ?? null,
    score: v?.score ?? null,
    brand: v?.brandId ?? null,
    marketplace: r.marketplace,
    title: l.title,
    url: l.url,
  };
  if (format === 'jsonl') return JSON.stringify({ ...base, reasons: v?.reasons ?? [] });
  const reasons = (v?.reasons ?? []).map((x) => `${x.message} (${x.weight > 0 ? '+' : ''}${x.weight})`).join(' | ');
  return [
    base.line,
    base.listingId,
    base.level,
    base.score,
    base.brand,
    base.marketplace,
    base.title,
    base.url,
    reasons,
    '',
  ]
    .map(csvCell)
    .join(',');
}

/** Writes and waits while the stream is full, so a pipe gets every row before the process exits. */
function write(out: Writable, text: string): Promise<void> {
  return out.write(text) ? Promise.resolve() : new Promise((done) => out.once('drain', () => done()));
}

/** Returns the exit code: 0 every row scored, 1 some rows could not be read, 2 the file or pack could not. */
export async function scanListings(o: ListingsOptions): Promise<number> {
  let text: string;
  try {
    text = readFileSync(o.file, 'utf8');
  } catch (e) {
    o.err.write(
      `${o.file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message}\n`,
    );
    return 2;
  }
  const rules = await loadRules(o.rules);
  if (rules.error || !rules.score) {
    o.err.write(`${rules.error ?? rules.note}\n`);
    return 2;
  }
  if (rules.note) o.err.write(`note: ${rules.note}\n`);
  const rows = readRows(o.file, text);
  const every = rows.length >= 2_000 ? Math.ceil(rows.length / 20) : 0; // progress on long files only
  const counts = { ok: 0, watch: 0, suspect: 0, bad: 0 };
  if (o.format === 'csv') await write(o.out, `${CSV_HEAD.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    let v: Verdict | null = null;
    if ('error' in r) counts.bad++;
    else {
      const row = r as ListingRow;
      v = rules.score([row.listing], row.marketplace ?? '')[0];
      counts[v.level]++;
    }
    chunk += `${formatRow(r, v, o.format)}\n`;
    if (chunk.length > 64_000) {
      await write(o.out, chunk);
      chunk = '';
    }
    if (every && (i + 1) % every === 0) o.err.write(`${o.file}: ${i + 1}/${rows.length} rows\n`);
  }
  if (chunk) await write(o.out, chunk);
  o.err.write(
    `${o.file}: ${rows.length} rows: ${counts.suspect} suspect, ${counts.watch} watch, ${counts.ok} ok` +
      `${counts.bad ? `, ${counts.bad} unreadable (see their "error")` : ''}\n`,
  );
  return counts.bad ? 1 : 0;
}
