// npm run bench:page [-- --json] [--runs N] [--no-build]
// The cost to the page, in Debian's Chromium with the built extension: a 100-card Amazon results page
// built from the project's fixtures (tests/bench/page-fixture.ts), with a flash-deal countdown ticking.
// badges_ms: DOMContentLoaded to the last expected badge; append_ms: 40 cards appended to their badges;
// longest_task_ms: the longest main-thread task that ran extension code (Chrome's trace);
// content_js_bytes: the content script this page loads. Figures, never assertions.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT, launchExtension, waitForTabState } from '../e2e/harness';
import { longestExtensionTask, startTrace, stopTrace } from './page-trace';
import { cardHtml, cards, RESULTS_URL, resultsPage } from './page-fixture';
import { PROBE } from './page-probe';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const log = (...m: unknown[]) => !json && console.log(...m);

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: json ? 'ignore' : 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const CARDS = 100;
const APPEND = 40;
const expected = cards(CARDS).filter((c) => c.fake).length;
const expectedAfter = expected + cards(APPEND, CARDS).filter((c) => c.fake).length;
const page = resultsPage({ cards: CARDS, tickMs: 400, extraHead: PROBE(expected) });
const appended = cardHtml(cards(APPEND, CARDS));

const s = await launchExtension();
s.serve([{ url: RESULTS_URL, body: page }]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: { badges: number; fromInteractive: number; append: number; task: number }[] = [];
try {
  // One warm-up load: the service worker starts and loads the rule pack once per browser session.
  const warm = await s.open(RESULTS_URL);
  await warm.close();
  for (let r = 0; r < runs; r++) {
    const tab = await s.context.newPage();
    const cdp = await s.context.newCDPSession(tab);
    await startTrace(cdp);
    await tab.goto(RESULTS_URL, { waitUntil: 'domcontentloaded' });
    // From DOMContentLoaded (the target's measure) and, stricter, from the moment the DOM was complete.
    const { badges, fromInteractive } = await tab.evaluate(async () => {
      const at = await (window as unknown as { __ll: { done: Promise<number> } }).__ll.done;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { badges: at - nav.domContentLoadedEventStart, fromInteractive: at - nav.domInteractive };
    });
    await waitForTabState(s, RESULTS_URL);
    const append = await tab.evaluate(
      ([html, want]) =>
        (window as unknown as { __ll: { append(h: string, n: number): Promise<number> } }).__ll.append(html, want),
      [appended, expectedAfter] as const,
    );
    const task = longestExtensionTask(await stopTrace(cdp));
    rows.push({ badges, fromInteractive, append, task });
    log(
      `run ${r + 1}: badges ${badges.toFixed(1)} ms (${fromInteractive.toFixed(1)} from DOM complete), append ${append.toFixed(1)} ms, longest extension task ${task.toFixed(1)} ms`,
    );
    await tab.close();
  }
} finally {
  await s.close();
}
const dir = join(CHROME_BUILD, 'content-scripts');
const sizes = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).size] as const);
const own = sizes.find(([f]) => f === 'amazon.js')?.[1] ?? 0;
const largest = sizes.reduce((m, x) => (x[1] > m[1] ? x : m));
const result = {
  cards: CARDS,
  badges_ms: round(median(rows.map((r) => r.badges))),
  append_ms: round(median(rows.map((r) => r.append))),
  longest_task_ms: round(Math.max(...rows.map((r) => r.task))),
  content_js_bytes: own,
};
log(
  `\n${CARDS} cards (${expected} suspect), ${APPEND} appended (${expectedAfter - expected} suspect), ${runs} runs, median:`,
);
log(
  `  DOMContentLoaded to all badges   ${result.badges_ms} ms   (runs: ${rows.map((r) => round(r.badges)).join(', ')})`,
);
log(
  `  DOM complete to all badges       ${round(median(rows.map((r) => r.fromInteractive)))} ms   (runs: ${rows.map((r) => round(r.fromInteractive)).join(', ')})`,
);
log(
  `  appended cards to their badges   ${result.append_ms} ms   (runs: ${rows.map((r) => round(r.append)).join(', ')})`,
);
log(`  longest extension task (max)     ${result.longest_task_ms} ms`);
log(`  content script for this page     ${own} bytes (largest: ${largest[0]} ${largest[1]} bytes)`);
if (json) console.log(JSON.stringify(result));

function round(x: number) {
  return Math.round(x * 10) / 10;
}
