import { MAX_FILE_BYTES } from './open';
import { t } from '../i18n';
import { fail, ok, type Result } from './result';

// Downloads a subscribed pack: conditional (ETag / Last-Modified), capped in size while
// streaming (a Content-Length can lie or be absent), time-limited, without cookies.

export type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; bytes: Uint8Array; etag: string | null; lastModified: string | null };

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function subscriptionUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return t('bg_url_invalid');
  }
  if (u.protocol !== 'https:') return t('bg_url_https_only');
  if (u.username || u.password) return t('bg_url_credentials');
  if (url.length > 2_000) return t('bg_url_too_long');
  return null;
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > maxBytes ? null : buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function fetchPack(url: string, opts: FetchOptions = {}): Promise<Result<Fetched>> {
  const problem = subscriptionUrlProblem(url);
  if (problem) return fail(problem);
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const headers: Record<string, string> = {};
  if (opts.etag) headers['If-None-Match'] = opts.etag;
  if (opts.lastModified) headers['If-Modified-Since'] = opts.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 60_000);
  try {
    // no-store: the conditional headers are ours; the HTTP cache must not answer for the server.
    const res = await (opts.fetch ?? fetch)(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
    });
    if (res.url && !res.url.startsWith('https://')) return fail(t('bg_fetch_redirect_http'));
    if (res.status === 304) return ok({ status: 'not-modified' as const });
    if (!res.ok) return fail(t('bg_fetch_status', `${res.status} ${res.statusText}`.trim()));
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) return fail(t('bg_pack_too_large', declared, maxBytes));
    const bytes = await readCapped(res, maxBytes);
    if (!bytes) return fail(t('bg_pack_too_large_over', maxBytes));
    return ok({
      status: 'ok' as const,
      bytes,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    });
  } catch (e) {
    const msg = (e as Error).name === 'AbortError' ? t('bg_fetch_timeout') : (e as Error).message;
    return fail(t('bg_fetch_failed', msg));
  } finally {
    clearTimeout(timer);
  }
}
