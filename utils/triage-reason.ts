import { block } from './notices/text';

// A reviewer's reason for a triage decision is plain text kept with the flag or the "looks fine"
// record and shown again in the history, the export and notices: the same cleaning as any other
// multi-line text a user gives (line breaks kept, control and bidi-override characters dropped).
export const MAX_TRIAGE_REASON = 2_000;

/** The reason as it is stored; the message schema then holds it to the limit (refused, never cut). */
export const plainReason = (text: string): string => block(text, Number.POSITIVE_INFINITY);

/** The engine's reasons as one prefilled line: distinct sentences in order, cut to the limit. */
export function joinReasons(texts: readonly string[]): string {
  const line = [...new Set(texts.map(plainReason).filter(Boolean))].join('; ');
  return line.length <= MAX_TRIAGE_REASON ? line : `${line.slice(0, MAX_TRIAGE_REASON - 1)}…`;
}

/**
 * What the reason box starts with. The reason becomes each flag's note, so it holds only the engine's
 * reasons true of every listing in the decision: all of one listing's, the ones several share (often none;
 * each flag keeps its own listing's reasons with its verdict anyway). "Looks fine" starts empty: the
 * engine's reasons say why a listing looked suspect, never why it is fine.
 */
export function prefillReason(action: 'flag' | 'fine', reasonsPerListing: readonly (readonly string[])[]): string {
  if (action === 'fine' || reasonsPerListing.length === 0) return '';
  const [first, ...rest] = reasonsPerListing.map((texts) => texts.map(plainReason));
  return joinReasons(first.filter((r) => rest.every((other) => other.includes(r))));
}
