/**
 * Errors as values at the pack boundary: every failure carries a sentence the UI can show.
 * `canOverride` marks the one kind of failure a user may consciously accept: a pack that is
 * fine but not signed by a key they trust (unsigned, or signed by an unknown publisher).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string; canOverride?: boolean };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string, canOverride?: boolean): Result<T> =>
  canOverride ? { ok: false, error, canOverride } : { ok: false, error };
