import type { Brand, RegisteredRight } from '../packs/schema';
import { RIGHT_FOR_TYPE, type InfringementType } from './infringement-types';
import { covers, isExpired } from './jurisdiction';

/**
 * The right a notice should invoke: of the type the claim rests on, in force, covering the
 * marketplace's country, best first. When none fits, the closest one is returned and the
 * pre-send checks say what is wrong with it, rather than the notice silently lacking a right.
 */
export function pickRight(
  brand: Pick<Brand, 'rights'> | null,
  type: InfringementType,
  country: string | undefined,
  now: Date,
  prefer?: string | null,
): RegisteredRight | null {
  const rights = brand?.rights ?? [];
  if (prefer) {
    const chosen = rights.find((r) => r.number === prefer);
    if (chosen) return chosen;
  }
  const want = RIGHT_FOR_TYPE[type];
  const score = (r: RegisteredRight) =>
    (want === null || r.type === want ? 4 : 0) + (isExpired(r, now) ? 0 : 2) + (!country || covers(r, country) ? 1 : 0);
  return [...rights].sort((a, b) => score(b) - score(a))[0] ?? null;
}
