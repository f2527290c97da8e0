// The term table: every pack term (and built-in cue) hashed to a 64-bit key in an open-addressing
// table. A listing is matched by hashing its token runs and probing, so the cost per listing
// depends on its length, not on how many terms the pack holds.
import { mix32 } from './hash';
import type { EngineArrays } from './engine-data';

export interface Posting {
  h1: number;
  h2: number;
  kind: number;
  flags: number;
  tokens: number;
  brand: number;
  ref: number;
}

type TableArrays = Pick<
  EngineArrays,
  'slotH1' | 'slotH2' | 'slotPost' | 'slotCount' | 'postKind' | 'postFlags' | 'postTokens' | 'postBrand' | 'postRef'
>;

/** Groups postings by key, drops duplicates, and lays them out as a table at most half full. */
export function buildTermTable(postings: Posting[]): TableArrays {
  const order = postings.map((_, i) => i);
  const key = (p: Posting) => `${p.kind}|${p.flags}|${p.tokens}|${p.brand}|${p.ref}`;
  order.sort((x, y) => {
    const a = postings[x], b = postings[y];
    return (a.h1 >>> 0) - (b.h1 >>> 0) || (a.h2 >>> 0) - (b.h2 >>> 0) || x - y;
  });
  const kept: Posting[] = [];
  const groups: { h1: number; h2: number; start: number; count: number }[] = [];
  let seen = new Set<string>();
  for (const i of order) {
    const p = postings[i];
    const last = groups[groups.length - 1];
    if (!last || last.h1 !== p.h1 || last.h2 !== p.h2) {
      groups.push({ h1: p.h1, h2: p.h2, start: kept.length, count: 0 });
      seen = new Set();
    }
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    const g = groups[groups.length - 1];
    if (g.count === 0xffff) continue; // one spelling shared by 65k entries is a broken pack; keep the first
    kept.push(p);
    g.count++;
  }
  let cap = 16;
  while (cap < groups.length * 2) cap *= 2;
  const mask = cap - 1;
  const slotH1 = new Uint32Array(cap), slotH2 = new Uint32Array(cap);
  const slotPost = new Uint32Array(cap), slotCount = new Uint16Array(cap);
  for (const g of groups) {
    let s = mix32(g.h1 ^ g.h2) & mask;
    while (slotCount[s] !== 0) s = (s + 1) & mask;
    slotH1[s] = g.h1;
    slotH2[s] = g.h2;
    slotPost[s] = g.start;
    slotCount[s] = g.count;
  }
  return {
    slotH1, slotH2, slotPost, slotCount,
    postKind: Uint8Array.from(kept, (p) => p.kind),
    postFlags: Uint8Array.from(kept, (p) => p.flags),
    postTokens: Uint8Array.from(kept, (p) => Math.min(p.tokens, 255)),
    postBrand: Uint16Array.from(kept, (p) => p.brand),
    postRef: Uint32Array.from(kept, (p) => p.ref),
  };
}

/** Slot of key (h1, h2), or -1. Both halves are compared, so a hit is a 64-bit match. */
export function findSlot(a: TableArrays, h1: number, h2: number): number {
  const mask = a.slotH1.length - 1;
  const u1 = h1 >>> 0, u2 = h2 >>> 0;
  let s = mix32(h1 ^ h2) & mask;
  for (;;) {
    if (a.slotCount[s] === 0) return -1;
    if (a.slotH1[s] === u1 && a.slotH2[s] === u2) return s;
    s = (s + 1) & mask;
  }
}
