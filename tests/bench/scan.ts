// npm run bench:scan [-- --json] [--pages DIR] [--rounds N]
// Pages per second of the scanner in one process over a folder of saved pages with a manifest
// (default: the shared real pages), by the clock and by CPU time, with parsing alone beside it, so
// a slowdown says where it is. A measurement, not an assertion.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml } from '../../scripts/scan/decode';
import { parseHtml } from '../../scripts/scan/document';
import { scanBytes } from '../../scripts/scan/scan-page';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const dir = resolve(opt('--pages', '../shared/real-pages'));
const rounds = Number(opt('--rounds', '1'));
const json = args.includes('--json');
const manifest: { file: string; url: string }[] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const pages = manifest.map((p) => ({ ...p, bytes: new Uint8Array(readFileSync(join(dir, 'pages', p.file))) }));
const now = () => Number(process.hrtime.bigint()) / 1e6;

let parseMs = 0;
let totalMs = 0;
let cpuMs = 0;
let failed = 0;
const slowest: [number, string][] = [];
for (let r = 0; r < rounds; r++) {
  for (const p of pages) {
    const t0 = now();
    const page = parseHtml(decodeHtml(p.bytes).text, p.url);
    page.close();
    const t1 = now();
    const cpu = process.cpuUsage();
    try {
      scanBytes(p.file, p.bytes, { url: p.url });
    } catch {
      failed++;
    }
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    const t2 = now();
    parseMs += t1 - t0;
    totalMs += t2 - t1;
    slowest.push([t2 - t1, p.file]);
  }
}
const n = pages.length * rounds;
const result = {
  pages: n,
  pagesPerSecond: Number(((1000 * n) / totalMs).toFixed(1)),
  // CPU time is what a busy machine does not distort: pages per second of one core's work.
  pagesPerCpuSecond: Number(((1000 * n) / cpuMs).toFixed(1)),
  msPerPage: Number((totalMs / n).toFixed(1)),
  parseMsPerPage: Number((parseMs / n).toFixed(1)),
  failed,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `${result.pages} pages: ${result.pagesPerSecond} pages/s wall clock, ${result.pagesPerCpuSecond} per CPU second`,
  );
  console.log(
    `  (${result.msPerPage} ms a page; parsing alone ${result.parseMsPerPage} ms); ${failed} without listings`,
  );
  console.log('slowest:');
  for (const [ms, f] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 8))
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${f}`);
}
