import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// `npm run size [-- firefox]`: the bytes of every script the extension puts into a page, checked against
// the page budget after a build. A marketplace's content script runs on every page of that marketplace, so
// each must stay within BUDGET; the scripts the background injects only when needed (the general readers,
// the evidence snapshot) are listed with what a tab holds once they are loaded.
const BUDGET = 60_000;
const target = process.argv[2] === 'firefox' ? 'firefox-mv3' : 'chrome-mv3';
const out = join(import.meta.dirname, '..', '.output', target);
const dir = join(out, 'content-scripts');
if (!existsSync(dir)) {
  console.error(`No build in ${out}: run npm run build${target === 'firefox-mv3' ? ':firefox' : ''} first.`);
  process.exit(2);
}
const bytes = (file: string) => (existsSync(file) ? statSync(file).size : 0);
const general = bytes(join(out, 'general-reader.js'));
const snapshot = bytes(join(out, 'snapshot.js'));

const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ script: f, bytes: bytes(join(dir, f)) }))
  .sort((a, b) => b.bytes - a.bytes);
const over = rows.filter((r) => r.bytes > BUDGET);
const pad = (s: string | number, n: number) => String(s).padStart(n);

console.log(`Content scripts (${target}), budget ${BUDGET.toLocaleString('en')} bytes each:`);
for (const r of rows)
  console.log(`${r.script.padEnd(20)}${pad(r.bytes.toLocaleString('en'), 8)}${r.bytes > BUDGET ? '  OVER' : ''}`);
console.log(
  `\nInjected only when needed: general-reader.js ${general.toLocaleString('en')}, snapshot.js ${snapshot.toLocaleString('en')}`,
);
const largest = rows.find((r) => r.script !== 'generic.js');
if (largest)
  console.log(
    `Largest marketplace script with the general readers loaded: ${(largest.bytes + general).toLocaleString('en')}`,
  );
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => r.script).join(', ')}`);
  process.exit(1);
}
