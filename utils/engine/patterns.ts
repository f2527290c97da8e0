// Model-number patterns (`models[].patterns`, checked as safe by the pack reader): "^QC ?45$" names
// every spelling of a line's numbers without listing each. A pattern is looser than a listed term,
// so it only counts beside a mention of its own brand, and only words with a digit are tried: the
// scan pays nothing for it, and listings that name no brand never reach it.
import { PATTERN_FLAGS, patternProblem } from '../packs/pattern';
import type { Mention } from './analyse';
import { K_BRAND as K_BRAND$, K_MODEL as K_MODEL$, P_DIGIT as P_DIGIT$ } from './engine-data';
import type { Engine } from './engine-data';
import { D_NONE as D_NONE$ } from './match';
import { F_DIGIT as F_DIGIT$, MAX_TOKENS as MAX_TOKENS$ } from './tokenise';
import type { Tokens } from './tokenise';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const K_BRAND = K_BRAND$,
  K_MODEL = K_MODEL$,
  P_DIGIT = P_DIGIT$,
  D_NONE = D_NONE$,
  F_DIGIT = F_DIGIT$,
  MAX_TOKENS = MAX_TOKENS$;

// A model number is one short word, or two: longer candidates are never tried, so no pattern ever
// meets a long run of digits. And a listing pays for at most PATTERN_BUDGET tests, however many
// brands it names and digits it holds, which bounds the work per listing whatever the pack says.
export const MAX_PATTERN_INPUT = 40;
const PATTERN_BUDGET = 400;

interface ModelPattern {
  model: number;
  re: RegExp;
}

/** The brand's compiled patterns (compiled once per engine, on the first listing that needs them). */
function brandPatterns(engine: Engine, brand: number): ModelPattern[] | undefined {
  if (!engine.patterns) {
    const byBrand = new Map<number, ModelPattern[]>();
    for (const [b, model, source] of engine.meta.modelPatterns ?? []) {
      let re: RegExp;
      if (patternProblem(source)) continue; // a stored engine is re-checked: the pack reader may be older
      try {
        re = new RegExp(source, PATTERN_FLAGS);
      } catch {
        continue; // the reader rejects these; an engine from elsewhere must not stop scoring
      }
      const list = byBrand.get(b) ?? [];
      list.push({ model, re });
      byBrand.set(b, list);
    }
    engine.patterns = byBrand;
  }
  return engine.patterns.get(brand);
}

/**
 * Adds a model mention for each word with a digit (alone, or with the word before it: "QC 45",
 * "WH-1000XM5") that a pattern of a brand named in the title matches. `known` holds
 * brand * MAX_TOKENS + token for tokens already known as model numbers; matches are added to it.
 */
export function patternMentions(engine: Engine, t: Tokens, src: string, mentions: Mention[], known: number[]): void {
  const count = mentions.length;
  let budget = PATTERN_BUDGET;
  for (let i = 0; i < count; i++) {
    const b = mentions[i].brand;
    if (mentions[i].kind !== K_BRAND || mentions.findIndex((m) => m.kind === K_BRAND && m.brand === b) !== i) continue;
    const patterns = brandPatterns(engine, b);
    if (!patterns) continue;
    for (let k = 0; k < t.n; k++) {
      if (!(t.flags[k] & F_DIGIT) || known.includes(b * MAX_TOKENS + k)) continue;
      const word = t.text.slice(t.start[k], t.end[k]);
      if (word.length > MAX_PATTERN_INPUT) continue;
      const pair =
        k > 0 && t.end[k] - t.start[k - 1] <= MAX_PATTERN_INPUT ? t.text.slice(t.start[k - 1], t.end[k]) : null;
      for (const p of patterns) {
        budget -= pair === null ? 1 : 2;
        if (budget < 0) return;
        const from = p.re.test(word) ? k : pair !== null && p.re.test(pair) ? k - 1 : -1;
        if (from < 0) continue;
        mentions.push({
          kind: K_MODEL,
          flags: P_DIGIT,
          brand: b,
          ref: p.model,
          start: from,
          end: k,
          disguise: D_NONE,
          matched: src.slice(t.start[from], t.end[k]),
          passing: false,
          cue: null,
        });
        known.push(b * MAX_TOKENS + k);
        break;
      }
    }
  }
}
