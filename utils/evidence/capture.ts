import type { EvidenceRow, ListingLensDb } from '../db';
import { t } from '../i18n';
import type { Listing, Verdict } from '../types';
import { sha256Hex } from '../bytes';
import { dataUrlBytes } from './data-url';

// Evidence for one flag: the screenshot, the sanitised snapshot, and the extracted fields with
// the verdict, each stamped with the capture time (UTC) and its SHA-256. Rows are built first,
// then written in one transaction, so a failed write leaves no half-set behind and never
// touches the flag, which was saved before any of this started.
interface FieldsArtefact {
  flagId: number;
  url: string;
  marketplace: string;
  type: string;
  listing: Listing;
  verdict: Verdict | null;
}

export interface CaptureInput {
  flagId: number;
  url: string;
  screenshot: string | null;
  snapshot: { html: string; url: string; title: string } | null;
  fields: FieldsArtefact;
  now: Date;
}

export type StoreResult =
  | { ok: true; ids: number[]; rows: Omit<EvidenceRow, 'data'>[] }
  | { ok: false; error: 'storage-full' | 'storage-failed'; message: string };

export async function buildEvidenceRows(input: CaptureInput): Promise<EvidenceRow[]> {
  const capturedAt = input.now.toISOString();
  const rows: EvidenceRow[] = [];
  const shot = input.screenshot ? dataUrlBytes(input.screenshot) : null;
  if (shot) {
    rows.push({
      flagId: input.flagId,
      kind: 'screenshot',
      mime: shot.mime,
      data: input.screenshot!,
      sha256: await sha256Hex(shot.bytes),
      capturedAt,
      url: input.url,
    });
  }
  if (input.snapshot) {
    rows.push({
      flagId: input.flagId,
      kind: 'snapshot',
      mime: 'text/html',
      data: input.snapshot.html,
      sha256: await sha256Hex(input.snapshot.html),
      capturedAt,
      url: input.snapshot.url,
    });
  }
  const fields = JSON.stringify({ ...input.fields, capturedAt }, null, 2);
  rows.push({
    flagId: input.flagId,
    kind: 'fields',
    mime: 'application/json',
    data: fields,
    sha256: await sha256Hex(fields),
    capturedAt,
    url: input.url,
  });
  return rows;
}

/** True for the ways a browser or Dexie reports a full disk or quota. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const x = e as { name?: string; message?: string; inner?: unknown; cause?: unknown };
  if (x.name === 'QuotaExceededError' || /quota/i.test(x.message ?? '')) return true;
  return isQuotaError(x.inner, depth + 1) || isQuotaError(x.cause, depth + 1);
}

export async function storeEvidence(db: ListingLensDb, rows: EvidenceRow[]): Promise<StoreResult> {
  try {
    const ids = await db.transaction('rw', db.evidence, () =>
      Promise.all(rows.map((r) => db.evidence.add(r) as Promise<number>)),
    );
    return { ok: true, ids, rows: rows.map(({ data: _d, ...meta }) => meta) };
  } catch (e) {
    if (isQuotaError(e)) {
      return {
        ok: false,
        error: 'storage-full',
        message: t('bg_evidence_storage_full'),
      };
    }
    return {
      ok: false,
      error: 'storage-failed',
      message: t('bg_evidence_not_stored', String((e as Error)?.message ?? e).slice(0, 200)),
    };
  }
}

/** The bytes an evidence row stands for: what its SHA-256 was computed over. */
export function evidenceBytes(row: Pick<EvidenceRow, 'kind' | 'data'>): Uint8Array {
  if (typeof row.data !== 'string') throw new Error('evidence stored as a Blob cannot be read synchronously');
  if (row.kind === 'screenshot' || row.kind === 'photo') return dataUrlBytes(row.data)?.bytes ?? new Uint8Array();
  return new TextEncoder().encode(row.data);
}

const EVIDENCE_EXT: Record<EvidenceRow['kind'], string> = {
  screenshot: 'png',
  snapshot: 'html',
  fields: 'json',
  photo: 'jpg',
};

/** A file name for an evidence row; photos keep the extension of their own image type. */
export const evidenceExt = (row: Pick<EvidenceRow, 'kind' | 'mime'>) =>
  row.kind === 'photo' ? (PHOTO_EXT[row.mime] ?? 'img') : EVIDENCE_EXT[row.kind];
export const PHOTO_EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
