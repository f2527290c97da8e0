// A reviewer's reason for a triage decision is plain text kept with the flag or the "looks fine"
// record and shown again in the history, the export and notices. Control characters (other than
// line breaks and tabs) are dropped, not escaped: they carry no meaning a reviewer typed.
export const MAX_TRIAGE_REASON = 2_000;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The reason as it is stored: line breaks normalised, control characters dropped, trimmed. */
export function plainReason(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/** The engine's reasons as one prefilled line: distinct sentences in order, cut to the limit. */
export function joinReasons(texts: readonly string[]): string {
  const line = [...new Set(texts.map((s) => plainReason(s)).filter(Boolean))].join('; ');
  return line.length <= MAX_TRIAGE_REASON ? line : `${line.slice(0, MAX_TRIAGE_REASON - 1)}…`;
}
