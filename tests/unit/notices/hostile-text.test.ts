// Listing text is written by sellers: invisible format characters never reach a notice or an
// export, spreadsheet formulas are neutralised however they are dressed, and random text at every
// notice builder and export gives text, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, flagsCsv, historyJson, noticesCsv } from '../../../utils/cases/export';
import type { FlagRow, NoticeRow } from '../../../utils/db';
import { buildNotices } from '../../../utils/notices/build';
import { block, oneLine, stripInvisible } from '../../../utils/notices/text';
import { FORMATS } from '../../../utils/notices/types';
import { holder, input, item } from './fixtures';

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const OTHER_INVISIBLE = ['\u200b', '\u200e', '\u200f', '\u061c', '\u2060', '\u2063', '\ufeff', '\u00ad'];
const ANY_INVISIBLE = /(?![\u200c\u200d])\p{Cf}/u;

describe('invisible format characters', () => {
  it.each([...BIDI, ...OTHER_INVISIBLE].map((c) => [c.codePointAt(0)!.toString(16), c]))('U+%s is dropped', (_, c) => {
    expect(oneLine(`Bose${c} QC45 ${c}54CQ`)).toBe('Bose QC45 54CQ');
    expect(block(`note${c}\nline`)).toBe('note\nline');
  });

  it('keeps joiners that scripts and emoji need', () => {
    expect(stripInvisible('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 👩\u200d💻')).toContain('\u200c');
    expect(stripInvisible('👩\u200d💻')).toBe('👩\u200d💻');
  });

  it('an override in a title never reaches any format', () => {
    const title = `Bose QC45 \u202eteiuq\u202c item \u2066B0FAKE\u2069`;
    for (const format of FORMATS) {
      for (const n of buildNotices(input({ format, items: [item(1, { title, note: `see \u202dthis\u202c` })] }))) {
        expect(`${n.subject}\n${n.text}`).not.toMatch(ANY_INVISIBLE);
      }
    }
  });
});

describe('CSV formulas', () => {
  it.each([
    ['=1+1', `'=1+1`],
    [' =1+1', `' =1+1`],
    ['\u00a0\u00a0=HYPERLINK("x")', `"'\u00a0\u00a0=HYPERLINK(""x"")"`],
    ['\u202e=1', `'=1`],
    ['a;=cmd|x', `a;'=cmd|x`],
    ['a; -2+3', `a;' -2+3`],
    ['a\t@SUM(1)', `a\t'@SUM(1)`],
    ['\uff1d1+1', `'\uff1d1+1`],
    ['Bose QC45 - great', 'Bose QC45 - great'],
    ['a,b', '"a,b"'],
  ])('%j -> %j', (raw, cell) => {
    expect(csvCell(raw)).toBe(cell);
  });
});

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom('=', '+', '-', '@', ';', '\t', '\r\n', '"', ',', ' ', '\u00a0', ...BIDI, 'Bose', 'QC45'), {
      maxLength: 30,
    })
    .map((a) => a.join('')),
);

/** Every cell a comma reader or a semicolon-locale reader would see (";" and tabs split even quoted cells). */
function cellsOf(csv: string): string[] {
  const cells: string[] = [];
  for (const m of csv.matchAll(/(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g)) {
    const cell = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
    cells.push(...cell.split(/[;\t]/));
  }
  return cells;
}

describe('fuzz: random listing text at the notice builders and exports', () => {
  it('every builder returns text without invisible characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), hostile, hostile, hostile, (format, title, seller, note) => {
        const drafts = buildNotices(input({ format, items: [item(1, { title: title || 'x', seller, note })] }));
        for (const d of drafts) expect(`${d.subject}${d.text}`).not.toMatch(ANY_INVISIBLE);
      }),
      { numRuns: 150 },
    );
  });

  it('exports never let a cell start with a formula sign', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, note) => {
        const flag = {
          id: 1,
          createdAt: 0,
          updatedAt: 0,
          marketplace: 'ebay',
          listingId: '1',
          url: 'https://www.ebay.com/itm/1',
          type: 'COUNTERFEIT',
          status: 'sent',
          caseId: null,
          listing: { ...item(1), title, seller: null, brand: null, price: null, image: null },
          verdict: null,
          note,
          outcome: null,
        } as unknown as FlagRow;
        const notice = { id: 1, flagIds: [1], subject: title, text: note, createdAt: 0 } as unknown as NoticeRow;
        for (const csv of [flagsCsv([flag]), noticesCsv([notice])]) {
          for (const cell of cellsOf(csv))
            expect(cell.replace(/^[\s\u00a0\u3000]+/, '')).not.toMatch(/^[=+@\uff1d\uff0b\uff20]/);
          expect(csv).not.toMatch(ANY_INVISIBLE);
        }
        expect(() => JSON.parse(historyJson([flag], [notice], new Date(0)))).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('a profile field with an override is cleaned too', () => {
    const [d] = buildNotices(input({ profile: { ...holder, name: 'Dana \u202eKeller' } }));
    expect(d.text).not.toMatch(ANY_INVISIBLE);
  });
});
