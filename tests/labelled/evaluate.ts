// Scores the labelled set and reports precision and recall per level.
//   npx tsx tests/labelled/evaluate.ts [--pack path/to/pack.json] [--misses]
// The labels say what a listing is (genuine or fake), never what the engine should answer, so the
// figures measure judgement rather than agreement with expected outputs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePack, scoreListing } from '../../utils/engine/index';
import type { Engine } from '../../utils/engine/index';
import { packSchema } from '../../utils/packs/schema';
import type { Level, Listing, Verdict } from '../../utils/types';

export interface Labelled {
  truth: 'genuine' | 'fake';
  /** What kind of case it is: "official", "passing", "disguise", "coded-zh"... */
  tag: string;
  marketplace: string;
  title: string;
  price: { amount: number; currency: string } | null;
  seller: { id: string | null; name: string | null } | null;
  condition: Listing['condition'];
  brand: string | null;
}

export interface Figures {
  listings: number;
  genuine: number;
  fake: number;
  levels: Record<'genuine' | 'fake', Record<Level, number>>;
  suspect: { precision: number; recall: number };
  flagged: { precision: number; recall: number };
  byTag: Record<string, Record<Level, number>>;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export function loadLabelled(): Labelled[] {
  return JSON.parse(readFileSync(here('./listings.json'), 'utf8'));
}

export function loadPack(path = here('./test-pack.json')) {
  return packSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function toListing(l: Labelled, i: number): Listing {
  return {
    title: l.title,
    price: l.price,
    brand: l.brand,
    condition: l.condition,
    listingId: `lab-${i}`,
    seller: l.seller ? { id: l.seller.id, name: l.seller.name, url: null } : null,
    url: null,
    image: null,
    sponsored: null,
  };
}

export function evaluate(engine: Engine, set: Labelled[]): { figures: Figures; verdicts: Verdict[] } {
  const zero = (): Record<Level, number> => ({ ok: 0, watch: 0, suspect: 0 });
  const levels = { genuine: zero(), fake: zero() };
  const byTag: Record<string, Record<Level, number>> = {};
  const verdicts = set.map((l, i) => scoreListing(engine, toListing(l, i), { marketplace: l.marketplace }));
  set.forEach((l, i) => {
    levels[l.truth][verdicts[i].level]++;
    (byTag[`${l.truth}/${l.tag}`] ??= zero())[verdicts[i].level]++;
  });
  const fake = set.filter((l) => l.truth === 'fake').length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const suspectTrue = levels.fake.suspect;
  const flaggedTrue = levels.fake.suspect + levels.fake.watch;
  return {
    verdicts,
    figures: {
      listings: set.length,
      genuine: set.length - fake,
      fake,
      levels,
      suspect: {
        precision: ratio(suspectTrue, suspectTrue + levels.genuine.suspect),
        recall: ratio(suspectTrue, fake),
      },
      flagged: {
        precision: ratio(flaggedTrue, flaggedTrue + levels.genuine.suspect + levels.genuine.watch),
        recall: ratio(flaggedTrue, fake),
      },
      byTag,
    },
  };
}

/**
 * Figures per tag: counts by level, and the share flagged (watch or suspect). For a genuine tag
 * that share is the false-alarm rate, for a fake tag the recall.
 */
export function tagTable(f: Figures): Record<string, Record<Level | 'flagged', number | string>> {
  const out: Record<string, Record<Level | 'flagged', number | string>> = {};
  for (const tag of Object.keys(f.byTag).sort()) {
    const c = f.byTag[tag];
    const n = c.ok + c.watch + c.suspect;
    out[tag] = { ...c, flagged: `${Math.round(((c.watch + c.suspect) / n) * 1000) / 10}%` };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--pack');
  const engine = compilePack(loadPack(i >= 0 ? process.argv[i + 1] : undefined));
  const set = loadLabelled();
  const { figures, verdicts } = evaluate(engine, set);
  console.log(JSON.stringify({ ...figures, byTag: undefined }, null, 1));
  console.table(tagTable(figures));
  if (process.argv.includes('--misses')) {
    set.forEach((l, k) => {
      const v = verdicts[k];
      const wrong = l.truth === 'genuine' ? v.level !== 'ok' : v.level !== 'suspect';
      if (wrong)
        console.log(
          `${l.truth.padEnd(7)} ${v.level.padEnd(7)} ${String(v.score).padStart(3)} [${l.tag}] ${l.title}\n   ${v.reasons.map((r) => `${r.signal}:${r.weight} ${r.message}`).join('\n   ')}`,
        );
    });
  }
}
