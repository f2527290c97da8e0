import { fail, ok, type Result } from './result';

// RFC 4180 CSV as spreadsheets save it: quoted fields, doubled quotes, CRLF or LF, an
// optional UTF-8 BOM. Rows come back keyed by the lower-cased header with their line number,
// so every build error can point at the cell a brand's staff has to fix.

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** Records with the line each starts on; `sep` is the field separator (listing files may use ";" or a tab). */
export function splitRecords(text: string, sep = ','): Result<{ line: number; fields: string[] }[]> {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      out.push({ line: startLine, fields });
      fields = [];
      field = '';
      startLine = ++line;
    } else field += c;
  }
  if (quoted) return fail(`line ${startLine}: a quoted field is never closed`);
  if (field !== '' || fields.length) {
    fields.push(field);
    out.push({ line: startLine, fields });
  }
  return ok(out.filter((r) => r.fields.some((f) => f.trim() !== '')));
}

/** Parses a CSV file; `columns` lists the allowed headers, so a misspelt column is an error, not a silent blank. */
export function parseCsv(text: string, columns: readonly string[], required: readonly string[] = []): Result<CsvRow[]> {
  const records = splitRecords(text.replace(/^\uFEFF/, ''));
  if (!records.ok) return records;
  const [head, ...body] = records.value;
  if (!head) return ok([]);
  const names = head.fields.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !columns.includes(n));
  if (unknown.length) return fail(`line 1: unknown column(s) ${unknown.join(', ')}; expected ${columns.join(', ')}`);
  const missing = required.filter((r) => !names.includes(r));
  if (missing.length) return fail(`line 1: missing column(s) ${missing.join(', ')}`);
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.fields.length > names.length)
      return fail(`line ${r.line}: ${r.fields.length} cells but only ${names.length} columns`);
    const cells: Record<string, string> = {};
    names.forEach((n, i) => {
      cells[n] = (r.fields[i] ?? '').trim();
    });
    const empty = required.filter((k) => !cells[k]);
    if (empty.length) return fail(`line ${r.line}: ${empty.join(', ')} must not be empty`);
    rows.push({ line: r.line, cells });
  }
  return ok(rows);
}

/** Cells that hold several values separate them with "|" ("QC45|QC 45"). */
export const listCell = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

export function boolCell(cell: string | undefined): boolean | null {
  const v = (cell ?? '').trim().toLowerCase();
  if (v === '') return null;
  if (['yes', 'true', '1', 'y'].includes(v)) return true;
  if (['no', 'false', '0', 'n'].includes(v)) return false;
  return null;
}
