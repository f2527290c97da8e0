// npm run scan -- [--json] [--url URL] [--charset LABEL] [--rules PACK] FILE...
// npm run scan -- --listings FILE [--format jsonl|csv] [--rules PACK]: bulk triage (scan/listings.ts)
// Reads saved pages (test-buy evidence), runs the extension's adapters and rule engine on
// them, prints a table per file or one JSON object per line. Exit 1 if any file failed.
import { readFileSync } from 'node:fs';

const USAGE =
  'usage: npm run scan -- [--json] [--url URL] [--charset LABEL] [--rules PACK] FILE...\n' +
  '       npm run scan -- --listings FILE [--format jsonl|csv] [--rules PACK]';

function parseArgs(argv: string[]) {
  const opts = {
    json: false,
    url: undefined as string | undefined,
    charset: undefined as string | undefined,
    rules: null as string | null,
    files: [] as string[],
    listings: null as string | null,
    format: 'jsonl',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--url') opts.url = argv[++i];
    else if (a === '--charset') opts.charset = argv[++i];
    else if (a === '--rules') opts.rules = argv[++i] ?? null;
    else if (a === '--listings') opts.listings = argv[++i] ?? null;
    else if (a === '--format') opts.format = argv[++i];
    else if (a === '--help' || a === '-h') return null;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(a);
  }
  return opts;
}

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseArgs>;
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
      ...opts,
      file: opts.listings,
      format: opts.format,
      out: process.stdout,
      err: process.stderr,
    });
  }
  if (!opts?.files.length) {
    console.error(USAGE);
    return opts ? 2 : 0;
  }
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
  let failed = 0;
  for (const file of opts.files) {
    try {
      const bytes = new Uint8Array(readFileSync(file));
      const r = scanBytes(file, bytes, { url: opts.url, charset: opts.charset, score: rules.score ?? undefined });
      console.log(opts.json ? toJsonLine(r) : `${toTable(r)}\n`);
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
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
