import type { ListingLensDb } from '../db';
import { getActivePack } from '../packs/active';
import type { Destination, RulePack } from '../packs/schema';
import { getActiveRow } from '../packs/store';
import { parsePackBytes } from '../packs/validate';
import { hasAuthority, type Role } from '../profile';

// Where a notice goes is decided only by a signed, verified pack. An unverified pack may change
// verdicts, but its addresses, report pages and triage queue are never used: the composer falls
// back to a verified pack installed beside it (the bundled demo first), or to none, and says so.
export type DestinationKind = Destination['kind'];
type Trust = 'active' | 'fallback' | 'none';

export interface TrustedSource {
  pack: RulePack | null;
  trust: Trust;
  name: string | null;
}

export async function trustedSource(db: ListingLensDb): Promise<TrustedSource> {
  const row = await getActiveRow(db);
  if (row?.verified) return { pack: await getActivePack(db), trust: 'active', name: row.name };
  const verified = (await db.packs.toArray()).filter((r) => r.verified);
  const best = verified.find((r) => r.source === 'bundled') ?? verified[0];
  const pack = best ? parsePackBytes(new Uint8Array(best.bytes)) : null;
  return pack?.ok
    ? { pack: pack.value, trust: 'fallback', name: best!.name }
    : { pack: null, trust: 'none', name: null };
}

/** The destination for this marketplace, kind and role; a marketplace's own row before a "*" row. */
function pickDestination(
  all: readonly Destination[],
  marketplace: string,
  kind: DestinationKind,
  role: Role,
): Destination | null {
  const fits = (d: Destination) => d.kind === kind && d.roles.includes(role);
  return (
    all.find((d) => fits(d) && d.marketplace === marketplace) ??
    all.find((d) => fits(d) && d.marketplace === '*') ??
    null
  );
}

/** What the composer shows about a notice's destination. */
export interface Route {
  label: string | null;
  email: string | null;
  formUrl: string | null;
  fields: string[];
  example: boolean;
  trust: Trust;
  /** The verified pack the destination comes from, when the active one is not verified. */
  fallbackPack: string | null;
}

export function routeFor(
  src: TrustedSource,
  marketplace: string,
  kind: DestinationKind | null,
  role: Role,
  brandEmail: string | null,
): Route {
  const d = kind && src.pack ? pickDestination(src.pack.destinations, marketplace, kind, role) : null;
  return {
    label: d?.label ?? null,
    // A brand's own triage or hand-over address (from the same trusted pack) beats the generic one.
    email: brandEmail ?? d?.email ?? null,
    // The marketplace's report page is a rights-owner form: only roles with authority fall back to it.
    formUrl:
      d?.formUrl ??
      (kind === 'ip' && hasAuthority(role) ? (src.pack?.marketplaces[marketplace]?.reportUrl ?? null) : null),
    fields: d?.fields ?? [],
    example: !!d?.example || !!src.pack?.example,
    trust: src.trust,
    fallbackPack: src.trust === 'fallback' ? src.name : null,
  };
}
