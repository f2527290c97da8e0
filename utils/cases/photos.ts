import type { EvidenceRow, ListingLensDb } from '../db';
import { t } from '../i18n';
import type { Request } from '../messages';
import { PHOTO_EXT, storeEvidence } from '../evidence/capture';
import { sha256Hex } from '../bytes';
import { dataUrlBytes } from '../evidence/data-url';
import type { EvidenceMeta } from './types';

// Photos of an item received in a test buy: kept with the flag like other evidence, hashed
// over the exact bytes, and limited in type, size and number because they come from a file the
// user picked (and are checked again here, as every message payload is).
const PHOTO_MAX_BYTES = 8_000_000;
const PHOTOS_PER_FLAG = 10;

export type PhotoResult = { ok: true; evidence: EvidenceMeta } | { ok: false; error: string };

export async function addTestBuyPhoto(
  db: ListingLensDb,
  p: Request<'ui:flag-photo'>,
  now = new Date(),
): Promise<PhotoResult> {
  const img = dataUrlBytes(p.dataUrl);
  if (!img || !(img.mime in PHOTO_EXT)) return { ok: false, error: t('bg_photo_kind') };
  if (img.bytes.length > PHOTO_MAX_BYTES)
    return { ok: false, error: t('bg_photo_too_big', PHOTO_MAX_BYTES / 1_000_000) };
  const flag = await db.flags.get(p.flagId);
  if (!flag) return { ok: false, error: t('bg_flag_gone') };
  if (!flag.testBuy) return { ok: false, error: t('bg_photo_needs_test_buy') };
  const count = await db.evidence
    .where('flagId')
    .equals(p.flagId)
    .and((e) => e.kind === 'photo')
    .count();
  if (count >= PHOTOS_PER_FLAG) return { ok: false, error: t('bg_photo_limit', PHOTOS_PER_FLAG) };
  const row: EvidenceRow = {
    flagId: p.flagId,
    kind: 'photo',
    mime: img.mime,
    data: p.dataUrl,
    sha256: await sha256Hex(img.bytes),
    capturedAt: now.toISOString(),
    url: flag.url,
  };
  const stored = await storeEvidence(db, [row]);
  if (!stored.ok) return { ok: false, error: stored.message };
  return {
    ok: true,
    evidence: { id: stored.ids[0], flagId: p.flagId, kind: 'photo', sha256: row.sha256, capturedAt: row.capturedAt },
  };
}
