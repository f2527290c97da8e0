// npm run scan -- [--json] [--url URL] [--charset LABEL] [--rules PACK] [--generic-only] FILE|DIR...
// Reads saved pages (test-buy evidence), runs the extension's adapters and rule engine on
// them, prints a table per file or one JSON object per line. Exit 1 if any file failed.
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE, type ScanOptions } from './scan/args';
import { expandPaths } from './scan/files';
import { flushOut, progress, writeOut } from './scan/output';

async function scanAll(opts: ScanOptions): Promise<number> {
  // Loaded after argument parsing so a usage error costs nothing (check-real-pages spawns us per page).
  const [{ scanBytes, ScanError }, { toJsonLine, toTable }, { loadRules }] = await Promise.all([
    import('./scan/scan-page'),
    import('./scan/format'),
    import('./scan/rules'),
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
  for (const [i, file] of files.entries()) {
    try {
      const bytes = new Uint8Array(readFileSync(file));
      const r = scanBytes(file, bytes, {
        url: opts.url,
        charset: opts.charset,
        score: rules.score ?? undefined,
        genericOnly: opts.genericOnly,
      });
      await writeOut(opts.json ? `${toJsonLine(r)}\n` : `${toTable(r)}\n\n`);
    } catch (e) {
      failed++;
      const msg =
        e instanceof ScanError
          ? e.message
          : (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'file not found'
            : String((e as Error).stack ?? e);
      console.error(`${file}: ${msg}`);
    }
    bar.tick(i + 1);
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
