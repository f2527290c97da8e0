// A batch across the machine's cores: worker threads scan pages in parallel while the main
// thread prints the results in the order the files were given, so output stays reproducible.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from './args';
import type { Answer, Job } from './worker';

export async function scanInPool(
  files: readonly string[],
  opts: ScanOptions,
  jobs: number,
  emit: (i: number, a: Answer) => Promise<void>,
): Promise<void> {
  const n = Math.max(1, Math.min(jobs, files.length));
  const done = new Map<number, Answer>();
  let next = 0;
  let printed = 0;
  let flushing = Promise.resolve();
  const flush = async () => {
    while (done.has(printed)) {
      const a = done.get(printed)!;
      done.delete(printed);
      await emit(printed++, a);
    }
  };
  await Promise.all(
    Array.from({ length: n }, () => {
      // worker-entry.mjs registers the TypeScript loader the thread would otherwise lack.
      const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: opts });
      return new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next >= files.length) return void w.terminate().then(() => resolve());
          const job: Job = { i: next, file: files[next++] };
          w.postMessage(job);
        };
        w.on('message', (m: Answer | { ready: true }) => {
          if ('ready' in m) return feed();
          done.set(m.i, m);
          flushing = flushing.then(flush);
          feed();
        });
        w.on('error', reject);
      });
    }),
  );
  await flushing;
}

/** Threads worth starting: one per core, none for a handful of pages (starting one costs more). */
export function defaultJobs(files: number): number {
  return files >= 8 ? Math.min(availableParallelism(), 8) : 1;
}
