import type { z } from 'zod';
import { t } from '../i18n';
import { decodeUtf8 } from '../bytes';
import { packSchema, type RulePack } from './schema';
import { fail, ok, type Result } from './result';

// The parse step of verify-then-parse-then-compile: bytes that already passed (or were
// consciously exempted from) the signature check become a typed pack, or a readable error.

const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(pack)'}: ${i.message}`);
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return lines.join('; ') + more;
}

export function parsePackBytes(payload: Uint8Array): Result<RulePack> {
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(payload));
  } catch (e) {
    return fail(t('bg_pack_not_json', (e as Error).message));
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) return fail(t('bg_pack_bad_format', describeIssues(parsed.error)));
  return ok(parsed.data);
}

/** Dates are checked after parsing; `now` is injectable so tests need no fake clock. */
export function checkDates(pack: RulePack, now: number): string | null {
  const expires = Date.parse(pack.expiresAt);
  if (expires <= now) return t('bg_pack_expired', pack.expiresAt.slice(0, 10));
  if (Date.parse(pack.issuedAt) > now + CLOCK_SKEW_MS) {
    return t('bg_pack_future', pack.issuedAt);
  }
  return null;
}
