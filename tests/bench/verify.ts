// The verdict-equivalence check: scores a fixed synthetic corpus (seeded pack and titles, listing by
// listing and page by page) and compares the SHA-256 of every verdict, reasons and messages included,
// with the committed hash. A refactor that is meant to change nothing must keep the hash; a change
// of judgement updates it on purpose:
//   npm run bench -- --verify            exit 1 when the verdicts differ from the committed hash
//   npm run bench -- --verify --update   rewrite the committed hash (commit it with the change)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compilePack, loadEngine, scoreListing, scorePage, serializeEngine } from '../../utils/engine/index';
import type { Verdict } from '../../utils/types';
import { synthesise } from './synthetic';

const HASH_FILE = fileURLToPath(new URL('./verdicts.sha256', import.meta.url));
const CORPUS = { brands: 300, terms: 20_000, sellers: 20_000, listings: 6_000, seed: 7 } as const;
const PAGE = 24;

function corpusVerdicts(): { hash: string; levels: Record<string, number>; verdicts: number } {
  const data = synthesise(CORPUS);
  // Through the stored form, as the extension scores: the hash covers serialise and load too.
  const engine = loadEngine(serializeEngine(compilePack(data.pack)));
  const sha = createHash('sha256');
  const levels: Record<string, number> = { ok: 0, watch: 0, suspect: 0 };
  let n = 0;
  const add = (v: Verdict) => {
    sha.update(JSON.stringify(v));
    sha.update('\n');
    levels[v.level]++;
    n++;
  };
  for (let i = 0; i < data.listings.length; i++)
    add(scoreListing(engine, data.listings[i], { marketplace: data.marketplaces[i] }));
  for (let i = 0; i < data.listings.length; i += PAGE)
    for (const v of scorePage(engine, data.listings.slice(i, i + PAGE), data.marketplaces[i])) add(v);
  return { hash: sha.digest('hex'), levels, verdicts: n };
}

/** Returns the process exit code. */
export function verify(update: boolean): number {
  const now = corpusVerdicts();
  const line = `${now.hash} ${JSON.stringify({ verdicts: now.verdicts, levels: now.levels })}\n`;
  if (update) {
    writeFileSync(HASH_FILE, line);
    console.log(`Wrote ${HASH_FILE}: ${line.trim()}`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(HASH_FILE, 'utf8').trim();
  } catch {
    console.error(`No committed hash at ${HASH_FILE}: run npm run bench -- --verify --update`);
    return 1;
  }
  if (committed.split(' ')[0] === now.hash) {
    console.log(`Verdicts unchanged: ${line.trim()}`);
    return 0;
  }
  console.error(
    `Verdicts differ from the committed hash.\n  committed: ${committed}\n  now:       ${line.trim()}\n` +
      'If the change of judgement is intended, run npm run bench -- --verify --update and commit the hash.',
  );
  return 1;
}
