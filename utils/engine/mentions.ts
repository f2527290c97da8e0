// What the analysis decides about the brand and model mentions it found: which are named only in
// passing ("case for Samsung"), which look-alike hits merely echo a literal one, and which words right
// after a brand look like a model number the brand's catalogue does not list.
import { CUE_COMPAT as CUE_COMPAT$, CUE_COMPAT_AFTER as CUE_COMPAT_AFTER$ } from './cues';
import type { Hit } from './match';
import { F_DIGIT as F_DIGIT$, F_LETTER as F_LETTER$, MAX_TOKENS as MAX_TOKENS$ } from './tokenise';
import type { Tokens } from './tokenise';
// Imported bindings copied once into module constants: under tsx's CommonJS output every read of an
// imported binding is a getter call, and these are read on every listing.
const CUE_COMPAT = CUE_COMPAT$,
  CUE_COMPAT_AFTER = CUE_COMPAT_AFTER$,
  F_DIGIT = F_DIGIT$,
  F_LETTER = F_LETTER$,
  MAX_TOKENS = MAX_TOKENS$;

// Capacities, units and versions that mix letters and digits without being model names.
const UNIT =
  /^\d+(?:[.,]\d+)?(?:gb|tb|mb|g|kg|mg|ml|l|oz|w|v|mah|wh|mm|cm|m|in|inch|hz|khz|k|p|x|pcs|pc|ft|lb|lbs|th|st|nd|rd|h|s|yr|yrs|pack|pk|ct|a|d)$/;
const TECH =
  /^(?:usb\d*|wifi\d*|ip\d\d|bt\d*|v\d+|x\d+|\d+x\d+|gen\d+|ps\d|mp\d|h\d{3}|[a-z]\d{4}[a-z]?\d*|20\d\d[a-z]?)$/;

/** Words strictly between token `from` and token `to` (from < to). */
export function wordGap(pos: Float32Array | null, from: number, to: number): number {
  return pos ? Math.max(0, Math.ceil(pos[to] - pos[from] - 1)) : to - from - 1;
}

export function isModelLike(word: string): boolean {
  return (
    word.length >= 2 &&
    word.length <= 10 &&
    /[a-z]/.test(word) &&
    /\d/.test(word) &&
    !UNIT.test(word) &&
    !TECH.test(word)
  );
}

/**
 * Removes disguised hits on a span a plain spelling of the same brand also matched: no disguise there.
 * "Bose" is found in both namespaces, "B0SE" only in the skeleton one; "Kiehl's" is an alias and also
 * the alias "Kiehls" split by an apostrophe. (Called with two or more.)
 */
export function dropEchoedLookalikes(mentions: Hit[], NONE: number): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (
      m.disguise !== NONE &&
      mentions.some((o) => o !== m && !o.disguise && o.brand === m.brand && o.start === m.start && o.end === m.end)
    ) {
      mentions.splice(i, 1);
    }
  }
}

/** Marks the mentions a cue names in passing, with the words that make it so (`src` as quoted). */
export function markPassing(
  mentions: Hit[],
  cues: Hit[],
  words: Hit[] | null,
  pos: Float32Array | null,
  src: string,
  t: Tokens,
): void {
  const COMPAT = CUE_COMPAT,
    COMPAT_AFTER = CUE_COMPAT_AFTER;
  for (const m of mentions) {
    const c = fitCue(cues, m, pos, words, COMPAT, COMPAT_AFTER);
    if (c) {
      m.passing = true;
      m.cue = c.start < m.start ? src.slice(t.start[c.start], t.end[m.end]) : src.slice(t.start[m.start], t.end[c.end]);
    }
  }
  // "Bose QC45 耳罩 专用": a cue covers the whole run of adjacent names of one brand, not only the nearest.
  for (let changed = mentions.length > 1; changed; ) {
    changed = false;
    for (const m of mentions) {
      if (m.passing) continue;
      const next = mentions.find(
        (o) =>
          o.passing &&
          o.brand === m.brand &&
          (o.start > m.end
            ? wordGap(pos, m.end, o.start) === 0
            : m.start > o.end
              ? wordGap(pos, o.end, m.start) === 0
              : true),
      );
      if (next) (m.passing = true), (m.cue = next.cue), (changed = true);
    }
  }
}

/**
 * The first cue that makes mention `m` one in passing: "for" / "compatible with" up to two words
 * before it, or "专用" right after it. (A loop, not a find with a closure: this runs for every
 * mention in a title with a cue.)
 */
function fitCue(
  cues: Hit[],
  m: Hit,
  pos: Float32Array | null,
  words: Hit[] | null,
  COMPAT: number,
  COMPAT_AFTER: number,
): Hit | null {
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    if (c.ref === COMPAT && c.end < m.start && wordGap(pos, c.end, m.start) <= 2) {
      // "dupe for Canada Goose", "réplica para Bose": a coded word before the cue makes it a claim, not a fit.
      let claim = false;
      if (words) for (let k = 0; k < words.length && !claim; k++) claim = words[k].end === c.start - 1;
      if (!claim) return c;
    } else if (c.ref === COMPAT_AFTER && c.start > m.end && wordGap(pos, m.end, c.start) <= 1) return c;
  }
  return null;
}

/**
 * By brand, the first model-like word within two words after a claimed mention that is not a known
 * model number (`known`: brand * MAX_TOKENS + token), as written; null when there is none.
 */
export function unknownModelsAfter(
  mentions: Hit[],
  known: number[] | null,
  t: Tokens,
  src: string,
): Map<number, string> | null {
  const DIGIT_LETTER = F_DIGIT | F_LETTER,
    MAXT = MAX_TOKENS;
  let unknown: Map<number, string> | null = null; // made on the first unknown model only
  for (const m of mentions) {
    if (m.passing || unknown?.has(m.brand)) continue;
    for (let k = m.end + 1; k <= m.end + 2 && k < t.n; k++) {
      if ((t.flags[k] & DIGIT_LETTER) !== DIGIT_LETTER || known?.includes(m.brand * MAXT + k)) continue;
      const word = t.text.slice(t.start[k], t.end[k]).toLowerCase();
      if (isModelLike(word)) {
        (unknown ??= new Map()).set(m.brand, src.slice(t.start[k], t.end[k]));
        break;
      }
    }
  }
  return unknown;
}
