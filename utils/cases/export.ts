import type { ReviewedFine } from '../background/page-settings';
import type { FlagRow, NoticeRow } from '../db';
import { stripInvisible } from '../notices/text';

// History export. Cells that a spreadsheet would run as a formula (listing titles come from
// web pages) get an apostrophe first. Spreadsheets skip leading spaces, no-break spaces and
// invisible characters before reading "=", and one set to a semicolon locale splits an unquoted
// or even quoted "a;=cmd" into a second cell, so every part after a ";" or a tab is guarded
// too. Full-width signs count: some spreadsheets read them as formulas.
const FORMULA = /(^|[;\t])((?:(?!\t)[\s\u00a0\u3000])*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

export function csvCell(v: unknown): string {
  const s = stripInvisible(v == null ? '' : String(v)).replace(FORMULA, "$1'$2");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv = (header: string[], rows: unknown[][]) =>
  `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
const iso = (t: number | null) => (t == null ? '' : new Date(t).toISOString());

export const flagsCsv = (flags: FlagRow[]) =>
  csv(
    [
      'id',
      'createdAt',
      'marketplace',
      'listingId',
      'url',
      'type',
      'status',
      'caseId',
      'title',
      'seller',
      'score',
      'note',
    ],
    flags.map((f) => [
      f.id,
      iso(f.createdAt),
      f.marketplace,
      f.listingId,
      f.url,
      f.type,
      f.status,
      f.caseId,
      f.listing.title,
      f.listing.seller?.name ?? '',
      f.verdict?.score ?? '',
      f.note,
    ]),
  );

export const noticesCsv = (notices: NoticeRow[]) =>
  csv(
    ['id', 'createdAt', 'sentAt', 'marketplace', 'format', 'status', 'channel', 'caseId', 'flagIds', 'subject'],
    notices.map((n) => [
      n.id,
      iso(n.createdAt),
      iso(n.sentAt),
      n.marketplace,
      n.format,
      n.status,
      n.channel,
      n.caseId,
      n.flagIds.join(' '),
      n.subject,
    ]),
  );

/** Everything in the history; `reviewedFine` (a reviewer's "looks fine" decisions) was added to version 1 as is. */
export const historyJson = (
  flags: FlagRow[],
  notices: NoticeRow[],
  now: Date,
  reviewedFine: readonly ReviewedFine[] = [],
) =>
  JSON.stringify(
    { format: 'listing-lens/history', version: 1, exportedAt: now.toISOString(), flags, notices, reviewedFine },
    null,
    2,
  );
