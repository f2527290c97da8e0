// Shared fixtures for the engine tests: the labelled-set test pack, compiled once, and a listing builder.
import { compilePack } from '../../../utils/engine/index';
import type { Engine } from '../../../utils/engine/index';
import type { RulePack } from '../../../utils/packs/schema';
import type { Listing, Reason, Verdict } from '../../../utils/types';
import { loadPack } from '../../labelled/evaluate';

let engine: Engine | null = null;

export function testPack(): RulePack {
  return loadPack();
}

export function testEngine(): Engine {
  return (engine ??= compilePack(testPack()));
}

export function listing(title: string, o: Partial<Listing> & { usd?: number } = {}): Listing {
  const { usd, ...rest } = o;
  return {
    title,
    price: usd !== undefined ? { amount: usd, currency: 'USD' } : null,
    seller: null,
    brand: null,
    listingId: title,
    url: null,
    image: null,
    condition: null,
    sponsored: null,
    ...rest,
  };
}

export const reason = (v: Verdict, signal: Reason['signal']) => v.reasons.find((r) => r.signal === signal);
export const weightOf = (v: Verdict, signal: Reason['signal']) =>
  v.reasons.filter((r) => r.signal === signal).reduce((s, r) => s + r.weight, 0);
