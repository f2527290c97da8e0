// One scanning thread of a batch: reads the pages it is sent and answers with the formatted
// result (or the sentence that explains the failure). See pool.ts.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ScanOptions } from './args';
import { toJsonLine, toTable } from './format';
import { loadRules } from './rules';
import { ScanError, type Scorer, scanBytes } from './scan-page';

export interface Job {
  i: number;
  file: string;
}
export type Answer = { i: number; out: string } | { i: number; error: string };

export function errorText(e: unknown): string {
  if (e instanceof ScanError) return e.message;
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'file not found';
  return String((e as Error).stack ?? e);
}

/** Scan one file to its printed form. */
export function scanOne(file: string, opts: ScanOptions, score: Scorer | undefined): string {
  const r = scanBytes(file, new Uint8Array(readFileSync(file)), {
    url: opts.url,
    charset: opts.charset,
    score,
    genericOnly: opts.genericOnly,
  });
  return opts.json ? `${toJsonLine(r)}\n` : `${toTable(r)}\n\n`;
}

async function serve(): Promise<void> {
  const opts = workerData as ScanOptions;
  const rules = await loadRules(opts.rules);
  parentPort?.on('message', (job: Job) => {
    let answer: Answer;
    try {
      answer = { i: job.i, out: scanOne(job.file, opts, rules.score ?? undefined) };
    } catch (e) {
      answer = { i: job.i, error: errorText(e) };
    }
    parentPort?.postMessage(answer);
  });
  parentPort?.postMessage({ ready: true });
}

if (parentPort) void serve();
