// Small text helpers shared by the formats. Listing text comes from web pages: single-line
// fields lose control characters and line breaks so they cannot forge structure in a notice.

/**
 * Invisible format characters (Unicode category Cf): the bidi embeddings, overrides and isolates
 * (U+202A-202E, U+2066-2069), marks, zero-width spaces, word joiners, BOM and tag characters.
 * A seller's title with them reads differently in a notice than it is (an override can show a
 * different listing number or brand). Zero-width (non-)joiners stay: scripts and emoji need them,
 * and they cannot reorder text.
 */
const INVISIBLE = /(?![\u200c\u200d])\p{Cf}/gu;
export const stripInvisible = (s: string): string => s.replace(INVISIBLE, '');

export const oneLine = (s: string | null | undefined, max = 300): string => {
  const t = stripInvisible(s ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** Multi-line user text: keeps line breaks, drops other control characters. */
export const block = (s: string | null | undefined, max = 4_000): string =>
  stripInvisible(s ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
    .trim()
    .slice(0, max);

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const utcStamp = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

export const lines = (...parts: (string | false | null | undefined)[]) =>
  parts.filter((p) => p !== false && p != null).join('\n');

export const chunk = <T>(xs: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out.length ? out : [[]];
};
