// npm run scan -- [--json] [--url URL] [--charset LABEL] [--rules PACK] [--generic-only] [--jobs N] FILE|DIR...
// npm run scan -- --listings FILE [--format jsonl|csv] [--rules PACK]: bulk triage (scan/listings.ts)
// Reads saved pages (test-buy evidence), runs the extension's adapters and rule engine on
// them, prints a table per file or one JSON object per line. Exit 1 if any file failed.
import { parseArgs, USAGE, type ScanOptions } from './scan/args';
import { expandPaths } from './scan/files';
import { flushOut, progress, writeOut } from './scan/output';

async function scanAll(opts: ScanOptions): Promise<number> {
  // Loaded after argument parsing so a usage error costs nothing (check-real-pages spawns us per page).
  const [{ loadRules }, { errorText, scanOne }, { defaultJobs, scanInPool }] = await Promise.all([
    import('./scan/rules'),
    import('./scan/worker'),
    import('./scan/pool'),
  ]);
  const rules = await loadRules(opts.rules);
  if (rules.error) {
    console.error(rules.error);
    return 2;
  }
  if (rules.note) console.error(`note: ${rules.note}`);
  const files = expandPaths(opts.paths);
  const bar = progress(files.length, opts.progress);
  let failed = 0;
  const report = async (i: number, a: { out: string } | { error: string }) => {
    if ('out' in a) await writeOut(a.out);
    else {
      failed++;
      console.error(`${files[i]}: ${a.error}`);
    }
    bar.tick(i + 1);
  };
  const jobs = opts.jobs ?? defaultJobs(files.length);
  if (jobs > 1) await scanInPool(files, opts, jobs, report);
  else {
    for (const [i, file] of files.entries()) {
      try {
        await report(i, { out: scanOne(file, opts, rules.score ?? undefined) });
      } catch (e) {
        await report(i, { error: errorText(e) });
      }
    }
  }
  bar.end();
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  let opts: ScanOptions | null;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts?.listings) {
    if (opts.format !== 'jsonl' && opts.format !== 'csv') {
      console.error(USAGE);
      return 2;
    }
    const { scanListings } = await import('./scan/listings');
    return scanListings({
      file: opts.listings,
      format: opts.format,
      rules: opts.rules,
      out: process.stdout,
      err: process.stderr,
    });
  }
  if (!opts?.paths.length) {
    console.error(USAGE);
    return opts ? 2 : 0;
  }
  return scanAll(opts);
}

main()
  .then(async (code) => {
    await flushOut();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e);
    await flushOut();
    process.exit(1);
  });
