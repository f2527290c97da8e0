import type { EvidenceRow, ListingLensDb } from '../db';
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
  if (!img || !(img.mime in PHOTO_EXT)) return { ok: false, error: 'Only JPEG, PNG or WebP photos can be attached.' };
  if (img.bytes.length > PHOTO_MAX_BYTES)
    return { ok: false, error: `That photo is over ${PHOTO_MAX_BYTES / 1_000_000} MB: attach a smaller copy.` };
  const flag = await db.flags.get(p.flagId);
  if (!flag) return { ok: false, error: 'That flag no longer exists.' };
  if (!flag.testBuy)
    return { ok: false, error: 'Record the test buy (order id and findings) before adding its photos.' };
  const count = await db.evidence
    .where('flagId')
    .equals(p.flagId)
    .and((e) => e.kind === 'photo')
    .count();
  if (count >= PHOTOS_PER_FLAG) return { ok: false, error: `A flag keeps at most ${PHOTOS_PER_FLAG} test-buy photos.` };
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
