// npm run bench [-- --json] [--terms N] [--sellers N] [--listings N]
// npm run bench -- --verify [--update]: the verdict-equivalence check (verify.ts), no timings
// Measures the engine at alliance scale in Node: compile time, stored size, load time, heap, and
// per-listing scoring time (median, p99) beside a baseline that only walks each title once.
// Numbers are measurements, not assertions: no test times anything.
import os from 'node:os';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { compilePack, engineInfo, loadEngine, scoreListing, serializeEngine } from '../../utils/engine/index';
import type { Engine } from '../../utils/engine/index';
import type { Listing } from '../../utils/types';
import { synthesise } from './synthetic';
import { verify } from './verify';

const args = process.argv.slice(2);
if (args.includes('--verify')) process.exit(verify(args.includes('--update')));
const flag = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const json = args.includes('--json');
const opts = {
  brands: flag('brands', 1000),
  terms: flag('terms', 100_000),
  sellers: flag('sellers', 1_000_000),
  listings: flag('listings', 10_000),
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const now = () => Number(process.hrtime.bigint()) / 1e6; // ms
const log = (...m: unknown[]) => !json && console.log(...m);

function percentile(xs: Float64Array, q: number): number {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** The baseline: one pass over each title's characters, the least any matcher must do. */
function walk(title: string): number {
  let h = 0;
  for (let i = 0; i < title.length; i++) h = Math.imul(h ^ title.charCodeAt(i), 0x01000193);
  return h;
}

/** Per-listing times in microseconds, best of `rounds` per listing (after a warm-up round). */
function timeEach(listings: Listing[], rounds: number, fn: (l: Listing, i: number) => unknown): Float64Array {
  const best = new Float64Array(listings.length).fill(Infinity);
  let sink = 0;
  for (let r = -1; r < rounds; r++) {
    for (let i = 0; i < listings.length; i++) {
      const t0 = process.hrtime.bigint();
      const out = fn(listings[i], i);
      const dt = Number(process.hrtime.bigint() - t0) / 1e3;
      if (r >= 0 && dt < best[i]) best[i] = dt;
      if (out) sink++;
    }
  }
  if (sink < 0) console.log(sink);
  return best;
}

log(`Generating ${opts.brands} brands, ~${opts.terms} terms, ${opts.sellers} sellers, ${opts.listings} titles...`);
let data: ReturnType<typeof synthesise> | null = synthesise(opts);
const { listings, marketplaces } = data;
// Build: best of three compiles (this machine is shared, so single timings are noisy); the first,
// cold-JIT compile is printed beside it.
const builds: number[] = [];
let compiled: Engine | null = null;
for (let i = 0; i < 3; i++) {
  compiled = null;
  gc();
  const t0 = now();
  compiled = compilePack(data.pack);
  builds.push(now() - t0);
}
const buildMs = Math.min(...builds);
const info = engineInfo(compiled!);
let stored: ArrayBuffer | null = serializeEngine(compiled!);
const sellerBytes =
  compiled!.a.sellerBucket.byteLength +
  compiled!.a.sellerHash.byteLength +
  compiled!.a.sellerTag.byteLength +
  compiled!.a.sellerFilter.byteLength;
const terms = data.terms;
const sellers = data.sellers;
compiled = null;
data = null;
gc();

// Load from a copy, as from storage; keep the fastest of five cold loads (each on a fresh copy).
let engine!: Engine;
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const copy = stored!.slice(0);
  const l0 = now();
  engine = loadEngine(copy);
  loads.push(now() - l0);
}
const loadMs = Math.min(...loads);
const storedBytes = stored!.byteLength;
stored = null; // from here on only the loaded engine is alive, as in the service worker

const scoreTimes = timeEach(listings, 3, (l, i) => scoreListing(engine, l, { marketplace: marketplaces[i] }));
const baseTimes = timeEach(listings, 3, (l) => walk(l.title));
// Twice: V8 frees dead array buffers (the earlier stored copies) in a sweep that a collection only
// starts; the second collection waits for it, so `arrayBuffers` counts what is alive.
gc();
gc();
const mem = process.memoryUsage();

const levels = { ok: 0, watch: 0, suspect: 0 };
for (let i = 0; i < listings.length; i++)
  levels[scoreListing(engine, listings[i], { marketplace: marketplaces[i] }).level]++;

const r2 = (x: number) => Math.round(x * 100) / 100;
const result = {
  terms,
  brands: info.brands,
  sellers,
  listings: listings.length,
  p50_us: r2(percentile(scoreTimes, 0.5)),
  p99_us: r2(percentile(scoreTimes, 0.99)),
  baseline_p50_us: r2(percentile(baseTimes, 0.5)),
  build_ms: r2(buildMs),
  load_ms: r2(loadMs),
  engine_bytes: storedBytes - sellerBytes,
  seller_bytes: sellerBytes,
  heap_mb: r2((mem.heapUsed + mem.arrayBuffers) / 1048576),
};
log(`compiled terms (engineInfo): ${info.terms}; verdicts: ${JSON.stringify(levels)}`);
log(
  `heap: ${r2(mem.heapUsed / 1048576)} MB JS heap + ${r2(mem.arrayBuffers / 1048576)} MB array buffers (engine, loaded copies)`,
);
log(
  `p50 ${result.p50_us} us, p99 ${result.p99_us} us (baseline walk p50 ${result.baseline_p50_us} us, ratio ${r2(result.p50_us / result.baseline_p50_us)}x)`,
);
log(
  `machine load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores`,
);
log(
  `build ${result.build_ms} ms (best of 3; cold first ${r2(builds[0])} ms), load ${result.load_ms} ms, engine ${result.engine_bytes} B, sellers ${result.seller_bytes} B`,
);
console.log(JSON.stringify(result));
