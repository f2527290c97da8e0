import type { FlagRow, ListingLensDb, NoticeRow } from '../db';
import type { Request } from '../messages';
import { getActivePack } from '../packs/active';
import { getActiveRow } from '../packs/store';
import { accuracyByPlatform, accuracyWarnings } from '../cases/accuracy';
import { buildNotices } from './build';
import { checkNotice, checkText } from './checks';
import { routeFor, trustedSource } from './destinations';
import { formatOf, formatsFor } from './formats/registry';
import { isInfringementType, type InfringementType } from './infringement-types';
import { lifecycleOf } from './lifecycle';
import { reasonStatements } from './reason-text';
import type { NoticeInput, NoticeItem } from './types';
import { loadProfile } from '../profile';
import { pickRight } from './pick-right';
import type { ComposeGroup, ComposeResult, StoredNotice } from '../cases/types';

// Turns flags (one, or a whole basket) into notices: one per marketplace and right (and per
// infringement type where the platform takes one reason per complaint), split at the
// platform's limit, each with its pre-send checks, its destination, and the notice already
// stored for the same listings and format (so edits and "sent" survive a reload).
type Flag = FlagRow & { id: number };

const toItem = (f: FlagRow & { id: number }): NoticeItem => ({
  flagId: f.id,
  url: f.url,
  listingId: f.listingId,
  marketplace: f.marketplace,
  type: (isInfringementType(f.type) ? f.type : 'OTHER') as InfringementType,
  title: f.listing.title,
  seller: f.listing.seller?.name ?? f.listing.seller?.id ?? null,
  note: f.note,
  reasons: reasonStatements(f.verdict?.reasons ?? []),
  testBuy: f.testBuy,
});

const storedView = (n: NoticeRow & { id: number }): StoredNotice => ({
  id: n.id,
  subject: n.subject,
  text: n.text,
  recipient: n.recipient,
  ...lifecycleOf(n),
});

async function storedFor(db: ListingLensDb, format: string, flagIds: number[]): Promise<StoredNotice | null> {
  const key = [...flagIds].sort().join(',');
  const rows = await db.notices.where('flagIds').equals(flagIds[0]).toArray();
  const same = rows
    .filter((n): n is NoticeRow & { id: number } => n.id !== undefined && n.format === format)
    .filter((n) => [...n.flagIds].sort().join(',') === key)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  return same ? storedView(same) : null;
}

export async function composeNotices(
  db: ListingLensDb,
  p: Request<'ui:notice-compose'>,
  now = new Date(),
): Promise<ComposeResult> {
  const flags = (await db.flags.bulkGet(p.flagIds)).filter((f): f is Flag => !!f && f.id !== undefined);
  if (flags.length === 0) return { ok: false, error: 'None of those flags exist any more.' };
  const [profile, pack, row, trusted] = await Promise.all([
    loadProfile(db),
    getActivePack(db),
    getActiveRow(db),
    trustedSource(db),
  ]);
  const format = formatOf(p.format);
  const groups = new Map<string, { flags: Flag[]; input: Omit<NoticeInput, 'items'> }>();
  for (const f of flags) {
    const brand = pack?.brands.find((b) => b.id === f.brandId) ?? null;
    const market = pack?.marketplaces[f.marketplace] ?? null;
    const type = toItem(f).type;
    const right = format.invokesRight ? pickRight(brand, type, market?.country, now, p.rightNumber) : null;
    const key = [f.marketplace, brand?.id ?? '', right?.number ?? '', format.oneReason ? type : ''].join('|');
    const g = groups.get(key) ?? {
      flags: [],
      input: { format: p.format, profile, marketplace: f.marketplace, market, brand, right, extra: p.extra, now },
    };
    g.flags.push(f);
    groups.set(key, g);
  }
  const accuracy = accuracyByPlatform(await db.flags.toArray(), now.getTime());
  const out: ComposeGroup[] = [];
  const warnings = new Set<string>();
  for (const g of groups.values()) {
    const input: NoticeInput = { ...g.input, items: g.flags.map(toItem) };
    const problems = checkNotice(input);
    for (const w of accuracyWarnings(accuracy.find((a) => a.marketplace === input.marketplace))) warnings.add(w);
    // Addresses come only from a verified pack: the same brand there, never the active unverified one.
    const trustedBrand = trusted.pack?.brands.find((b) => b.id === g.flags[0].brandId) ?? null;
    const brandEmail =
      format.destination === 'triage'
        ? (trustedBrand?.contacts.triageEmail ?? null)
        : format.destination === 'handover'
          ? (trustedBrand?.contacts.email ?? null)
          : null;
    const kind = format.destination === 'handover' ? null : format.destination;
    const route = routeFor(trusted, input.marketplace, kind, profile.role, brandEmail);
    const drafts = buildNotices(input);
    out.push({
      marketplace: input.marketplace,
      brand: input.brand?.name ?? null,
      right: input.right?.number ?? null,
      // A rights-owner report page only for formats that invoke a right (routeFor); never for a consumer's notice.
      reportUrl: route.formUrl,
      route,
      endpoints: row?.verified ? (trustedBrand?.contacts.endpoints ?? []) : [],
      notices: await Promise.all(
        drafts.map(async (d) => ({
          ...d,
          recipient: route.email,
          problems: [...problems, ...checkText(profile.role, d.text)],
          stored: await storedFor(db, d.format, d.flagIds),
        })),
      ),
    });
  }
  return {
    ok: true,
    role: profile.role,
    formats: formatsFor(profile.role),
    groups: out,
    warnings: [...warnings],
    identityNote:
      'Some platforms pass the notifier’s name and email to the seller. Send only what you are willing to share.',
  };
}
