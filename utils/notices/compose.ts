import type { FlagRow, ListingLensDb } from '../db';
import type { Request } from '../messages';
import { getActivePack } from '../packs/active';
import { getActiveRow } from '../packs/store';
import { accuracyByPlatform, accuracyWarnings } from '../cases/accuracy';
import { buildNotices } from './build';
import { checkNotice, checkText } from './checks';
import { isInfringementType, type InfringementType } from './infringement-types';
import { FORMATS_BY_ROLE, type NoticeInput, type NoticeItem } from './types';
import { loadProfile } from '../profile';
import { pickRight } from './pick-right';
import type { ComposeGroup, ComposeResult } from '../cases/types';

// Turns flags (one, or a whole basket) into notices: one per marketplace and right (and per
// infringement type where the platform takes one reason per complaint), split at the
// platform's limit, each with its pre-send check results.
const ONE_REASON = ['alibaba-ipp', 'amazon'];
/** Formats that invoke a registered right; the others (DSA, triage, hand-over) claim none. */
const INVOKES_RIGHT = ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy'];

const toItem = (f: FlagRow & { id: number }): NoticeItem => ({
  flagId: f.id,
  url: f.url,
  listingId: f.listingId,
  marketplace: f.marketplace,
  type: (isInfringementType(f.type) ? f.type : 'OTHER') as InfringementType,
  title: f.listing.title,
  seller: f.listing.seller?.name ?? f.listing.seller?.id ?? null,
  note: f.note,
  reasons: (f.verdict?.reasons ?? []).filter((r) => r.weight > 0).map((r) => r.message),
  testBuy: f.testBuy,
});

export async function composeNotices(
  db: ListingLensDb,
  p: Request<'ui:notice-compose'>,
  now = new Date(),
): Promise<ComposeResult> {
  const flags = (await db.flags.bulkGet(p.flagIds)).filter(
    (f): f is FlagRow & { id: number } => !!f && f.id !== undefined,
  );
  if (flags.length === 0) return { ok: false, error: 'None of those flags exist any more.' };
  const [profile, pack, row] = await Promise.all([loadProfile(), getActivePack(db), getActiveRow(db)]);
  const groups = new Map<string, { flags: (FlagRow & { id: number })[]; input: Omit<NoticeInput, 'items'> }>();
  for (const f of flags) {
    const brand = pack?.brands.find((b) => b.id === f.brandId) ?? null;
    const market = pack?.marketplaces[f.marketplace] ?? null;
    const type = toItem(f).type;
    const right = INVOKES_RIGHT.includes(p.format) ? pickRight(brand, type, market?.country, now, p.rightNumber) : null;
    const key = [f.marketplace, brand?.id ?? '', right?.number ?? '', ONE_REASON.includes(p.format) ? type : ''].join(
      '|',
    );
    const g = groups.get(key) ?? {
      flags: [],
      input: { format: p.format, profile, marketplace: f.marketplace, market, brand, right, extra: p.extra, now },
    };
    g.flags.push(f);
    groups.set(key, g);
  }
  const all = await db.flags.toArray();
  const accuracy = accuracyByPlatform(all, now.getTime());
  const out: ComposeGroup[] = [];
  const warnings = new Set<string>();
  for (const g of groups.values()) {
    const input: NoticeInput = { ...g.input, items: g.flags.map(toItem) };
    const problems = checkNotice(input);
    for (const w of accuracyWarnings(accuracy.find((a) => a.marketplace === input.marketplace))) warnings.add(w);
    const brand = pack?.brands.find((b) => b.id === g.flags[0].brandId);
    out.push({
      marketplace: input.marketplace,
      brand: input.brand?.name ?? null,
      right: input.right?.number ?? null,
      reportUrl: input.market?.reportUrl ?? null,
      endpoints: row?.verified ? (brand?.contacts.endpoints ?? []) : [],
      notices: buildNotices(input).map((d) => ({ ...d, problems: [...problems, ...checkText(profile.role, d.text)] })),
    });
  }
  return {
    ok: true,
    role: profile.role,
    formats: FORMATS_BY_ROLE[profile.role],
    groups: out,
    warnings: [...warnings],
    identityNote:
      'Some platforms pass the notifier’s name and email to the seller. Send only what you are willing to share.',
  };
}
