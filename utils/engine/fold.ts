// Per-character classes and folds for the tokeniser. Two folds per character:
//  - literal: case-folded, diacritics stripped ("é" -> "e"): what the word says.
//  - skeleton: also look-alikes folded (Cyrillic "о", "0", "1", "I", "|", "@"...): what the word looks like.
// A brand found only through the skeleton was written in disguise, which is itself a signal.
// Tables fill lazily, one character at a time, so importing this module does no work.

const CLS_UNKNOWN = 0;
export const CLS_SPACE = 1;
export const CLS_PUNCT = 2;
export const CLS_SKIP = 3;
export const CLS_WORD = 4;
export const CLS_CJK = 5;
/** "@", "$", "|": part of a word when a letter follows ("S@msung"), else punctuation ("$25"). */
export const CLS_MAYBE = 6;

const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'l',
  ї: 'l',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  п: 'n',
  г: 'r',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'l',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  μ: 'u',
  ς: 's',
  σ: 'o',
  // Latin look-alikes and IPA
  ɑ: 'a',
  ɩ: 'l',
  ɪ: 'l',
  ʟ: 'l',
  ɢ: 'g',
  ɡ: 'g',
  ı: 'l',
  ł: 'l',
  ø: 'o',
  đ: 'd',
};
// Digits and symbols that stand in for letters ("B0SE", "5amsung", "S@msung"); "i" and "l" share
// one class because "I", "l", "1" and "|" look alike in most marketplace fonts.
const ASCII_SKELETON: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  i: 'l',
  '@': 'a',
  $: 's',
  '|': 'l',
};
const LATIN_EXTRA: Record<string, string> = { ß: 's', æ: 'a', œ: 'o', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 't' };

let cls: Uint8Array | null = null;
let lit: Uint16Array | null = null;
let skel: Uint16Array | null = null;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function isCjk(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) || // Han
    (c >= 0x3040 && c <= 0x30ff) || // kana
    (c >= 0xac00 && c <= 0xd7af) // Hangul syllables
  );
}

function classify(c: number): void {
  const ch = String.fromCharCode(c);
  let k = CLS_PUNCT;
  let l = c;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0xad || c === 0x2060) k = CLS_SKIP;
  else if (c >= 0xd800 && c <= 0xdfff)
    k = CLS_PUNCT; // emoji and astral symbols separate words
  else if (/\s/.test(ch)) k = CLS_SPACE;
  else if (c === 0x40 || c === 0x24 || c === 0x7c) k = CLS_MAYBE;
  else if (isCjk(c)) k = CLS_CJK;
  else if (MARK.test(ch))
    k = CLS_SKIP; // combining marks left over: "e\u0301" reads as "e"
  else if (LETTER_OR_DIGIT.test(ch)) {
    k = CLS_WORD;
    const extra = LATIN_EXTRA[ch];
    if (extra) l = extra.charCodeAt(0);
    else if (c >= 0xc0 && c <= 0x24f) {
      const base = ch.normalize('NFD').charCodeAt(0);
      if (base < 0x80) l = base;
    }
  }
  const s = ASCII_SKELETON[String.fromCharCode(l)] ?? CONFUSABLE[ch] ?? String.fromCharCode(l);
  cls![c] = k;
  lit![c] = l;
  skel![c] = s.charCodeAt(0);
}

function tables(): void {
  cls = new Uint8Array(65536);
  lit = new Uint16Array(65536);
  skel = new Uint16Array(65536);
}

/** Class of UTF-16 unit `c` (one of the CLS_ constants). */
export function charClass(c: number): number {
  if (!cls) tables();
  if (cls![c] === CLS_UNKNOWN) classify(c);
  return cls![c];
}
/** Literal fold of `c`; call charClass first. */
export function litOf(c: number): number {
  return lit![c];
}
/** Skeleton fold of `c`; call charClass first. */
export function skelOf(c: number): number {
  return skel![c];
}
