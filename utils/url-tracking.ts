// Tracking and session parameters never belong in a URL we keep (evidence) or send (notices).
// Kept apart from the marketplace URL rules so the content script's snapshot does not carry them.
/** Parameters that only track or identify a session; never part of a listing's address. */
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|yclid|mc_[ce]id|_ga|ref|ref_|refid|tag|linkcode|spm|scm|pvid|algo_.*|pdp_.*|aff_.*|_trk.*|_trksid|hash|sessionid|session|sid|jsessionid|phpsessid|token|clickid|ga_.*|sts|from|tracelog|abbucket|ns|trk|cmp|campaign|source|share_id|sr|qid|sprefix|crid|keywords|psc|th|athbdg|skuid)$/i;

/** Any URL with tracking parameters, fragments and credentials removed. */
export function stripTracking(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  u.hash = '';
  u.username = '';
  u.password = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  return u.toString();
}
