// The scanner's command line as a table: one entry per option, so adding one (--listings FILE...)
// is one line here and one field in ScanOptions, and two branches adding options merge cleanly.

export interface ScanOptions {
  json: boolean;
  url?: string;
  charset?: string;
  rules: string | null;
  genericOnly: boolean;
  progress: boolean;
  /** Scanning threads; null: one per core for long batches. */
  jobs: number | null;
  /** Bulk triage of listings (scan/listings.ts) instead of pages, and its output format. */
  listings: string | null;
  format: string;
  /** Files and directories as given; directories are expanded by the caller. */
  paths: string[];
}

type Setter = (o: ScanOptions, value: string) => void;

/** Option name -> [takes a value, setter, help]. */
const OPTIONS: Record<string, [boolean, Setter, string]> = {
  '--json': [false, (o) => (o.json = true), 'one JSON object per line'],
  '--url': [true, (o, v) => (o.url = v), 'the address the page was saved from'],
  '--charset': [true, (o, v) => (o.charset = v), 'the encoding, when the page misdeclares it'],
  '--rules': [true, (o, v) => (o.rules = v), 'a rule pack (signed, or plain JSON) for verdicts'],
  '--generic-only': [false, (o) => (o.genericOnly = true), 'read every page with the general readers only'],
  '--no-progress': [false, (o) => (o.progress = false), 'no progress line on stderr'],
  '--listings': [true, (o, v) => (o.listings = v), 'triage a file of listings (JSON Lines or CSV) instead of pages'],
  '--format': [true, (o, v) => (o.format = v), 'output of --listings: jsonl (default) or csv'],
  '--jobs': [
    true,
    (o, v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error('--jobs needs a whole number of at least 1');
      o.jobs = Number(v);
    },
    'scanning threads (default: one per core for 8 pages or more)',
  ],
};

export const USAGE = `usage: npm run scan -- [options] FILE|DIR...\n${Object.entries(OPTIONS)
  .map(([name, [value, , help]]) => `  ${`${name}${value ? ' VALUE' : ''}`.padEnd(22)} ${help}`)
  .join('\n')}`;

/** The options, or null for --help; throws an Error with a sentence for a bad command line. */
export function parseArgs(argv: readonly string[]): ScanOptions | null {
  const opts: ScanOptions = {
    json: false,
    rules: null,
    genericOnly: false,
    progress: true,
    jobs: null,
    listings: null,
    format: 'jsonl',
    paths: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return null;
    const spec = OPTIONS[a];
    if (spec) {
      const [takesValue, set] = spec;
      if (takesValue && argv[i + 1] === undefined) throw new Error(`${a} needs a value`);
      set(opts, takesValue ? argv[++i] : '');
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  return opts;
}
