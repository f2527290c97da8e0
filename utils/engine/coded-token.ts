// Whether a coded-wording hit is the coded term itself or ordinary text that happens to hash like it:
// "1:1" written as such, not "approx. 11 cm" or "(net&java 1)(1 user)"; "AAA" or "PK" as a word,
// not a quantity ("12 PK", "4 AAA batteries"). Runs only for titles with a coded-word hit.
import type { Engine } from './engine-data';
import { P_COMMON, P_DIGIT } from './engine-data';
import type { Hit } from './match';
import { str } from './strings';
import { F_DIGIT, F_LETTER } from './token-flags';
import type { Tokens } from './tokenise';

const SPACES = /\s+/g;
/** Characters that continue a number or a version on either side of a digit term ("1:1.5", "v1:1"). */
const NUMERIC_EDGE = /[0-9.,:/x×%]/i;
/** Words after a short coded term that make it a size or a battery type, not a grade. */
const UNIT_AFTER = new Set(['battery', 'batteries', 'batt', 'cell', 'cells', 'pilas', 'pilha', 'pilhas']);
/** Words beside a digit term that make it a ratio or a scale ("1:1 mixing ratio", "1:1 scale template"). */
const RATIO_WORDS = new Set([
  'ratio',
  'ratios',
  'scale',
  'mixing',
  'mix',
  'aspect',
  'dilution',
  'recyclable',
  'recycled',
  'magnification',
  'zoom',
  'macro',
  'sync',
  'backup',
  'proportion',
  'fit',
  'fitment',
  'replacement',
  'escala',
  'proporção',
  'proporcion',
]);

/** Whether a word within two tokens of the run makes a digit term a ratio. */
function nearRatioWord(t: Tokens, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k <= Math.min(t.n - 1, to + 2); k++) {
    if (k >= from && k <= to) continue;
    if (RATIO_WORDS.has(t.text.slice(t.start[k], t.end[k]).toLowerCase())) return true;
  }
  return false;
}

export function isCodedToken(engine: Engine, t: Tokens, src: string, h: Hit): boolean {
  if (h.flags & P_DIGIT) {
    // The characters between the tokens must be the term's own ("1:1", "1 : 1", "1比1").
    const written = src.slice(t.start[h.start], t.end[h.end]).replace(SPACES, '').toLowerCase();
    const term = str(engine, engine.a.wordTerm[h.ref]).normalize('NFKC').replace(SPACES, '').toLowerCase();
    if (written !== term) return false;
    const before = t.start[h.start] > 0 ? src[t.start[h.start] - 1] : '';
    const after = t.end[h.end] < src.length ? src[t.end[h.end]] : '';
    return !NUMERIC_EDGE.test(before) && !NUMERIC_EDGE.test(after) && !nearRatioWord(t, h.start, h.end);
  }
  if (h.flags & P_COMMON) {
    const prev = h.start > 0 ? t.flags[h.start - 1] : 0;
    if (prev & F_DIGIT && !(prev & F_LETTER)) return false; // "12 PK", "4 AAA"
    if (h.end + 1 < t.n && UNIT_AFTER.has(t.text.slice(t.start[h.end + 1], t.end[h.end + 1]).toLowerCase()))
      return false;
  }
  return true;
}
