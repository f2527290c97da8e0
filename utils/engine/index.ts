// The detection engine's public face. Pure and synchronous: compiled rules and listings in,
// verdicts with reasons out. No browser, storage or network, and no work at import time.
import type { RulePack } from '../packs/schema';
import type { Listing, Verdict } from '../types';
import { analyse } from './analyse';
import { compilePack as compile } from './compile';
import type { Engine as EngineData } from './engine-data';
import { judge } from './judge';
import { ENGINE_FORMAT as FORMAT, loadEngine as load, serializeEngine as serialize } from './layout';
import { scorePageWith } from './page';

export const ENGINE_FORMAT: number = FORMAT;

/** A compiled rule pack. Treat as opaque: its layout changes with ENGINE_FORMAT. */
export interface Engine extends EngineData {}

/** Compiles a zod-parsed pack; throws an Error naming the offending term when a pack cannot compile. */
export function compilePack(pack: RulePack): Engine {
  return compile(pack);
}

/** One buffer of typed arrays, for storage; loadEngine reads it back without recompiling. */
export function serializeEngine(engine: Engine): ArrayBuffer {
  return serialize(engine);
}

/** Throws when the buffer was written by another ENGINE_FORMAT or is corrupt: recompile then. */
export function loadEngine(buf: ArrayBuffer): Engine {
  return load(buf);
}

/**
 * Scores one listing. `marketplace` (the adapter key) enables the seller lists; `pageListings`
 * (the other listings on the same page, this one included or not) enables the page price outlier.
 */
export function scoreListing(
  engine: Engine,
  listing: Listing,
  ctx?: { marketplace?: string; pageListings?: Listing[] },
): Verdict {
  const marketplace = ctx?.marketplace ?? null;
  const page = ctx?.pageListings;
  if (page && page.length > 0) {
    const others = page.filter((l) => l !== listing);
    return scorePageWith(engine, [listing, ...others], marketplace, 0)[0];
  }
  return judge(engine, analyse(engine, listing, marketplace));
}

/** Scores a results page, with the page-relative price signal (same-brand median/MAD outlier). */
export function scorePage(engine: Engine, listings: Listing[], marketplace?: string): Verdict[] {
  return scorePageWith(engine, listings, marketplace ?? null);
}

export function engineInfo(engine: Engine): { packId: string; packVersion: number; brands: number; terms: number } {
  const m = engine.meta;
  return { packId: m.packId, packVersion: m.packVersion, brands: m.brands, terms: m.terms };
}
