import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, demoTour, launchExtension, waitForTabState } from './browser';
import { findChromium } from './chromium';
import type { TabState } from '../utils/messages';

// `npm start`: build the extension and open Chromium with it on a tour of the bundled demo
// marketplace pages, served at their real URLs. With a display it opens a normal window and
// stays until you close it; with no display (or `-- --headless`) it prints each listing's
// verdict and reasons, saves a screenshot per page under .output/demo/, and exits.
// Only Linux can be without a display; macOS and Windows always have one.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;

// Before the build: someone without a Chromium learns how to get one at once, not after waiting.
try {
  const found = findChromium();
  console.log(`Chromium: ${found.path} (${found.source === 'system' ? 'installed on this system' : found.source})`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: headless ? 'ignore' : 'inherit' });
if (built.status !== 0) {
  console.error('Build failed: run `npm run build` to see why.');
  process.exit(1);
}

const tour = demoTour();
const session = await launchExtension({ headless }).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
session.serve(tour.map((t) => ({ url: t.url, file: t.file })));

if (!headless) {
  for (const stop of tour) await session.open(stop.url);
  console.log(
    `Listing Lens demo: ${tour.length} pages open. Click the toolbar icon on each; close the window to finish.`,
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
  process.exit(0);
}

const outDir = join(ROOT, '.output', 'demo');
mkdirSync(outDir, { recursive: true });
let surprises = 0;
for (const stop of tour) {
  const page = await session.open(stop.url);
  const state = (await waitForTabState(session, stop.url)) as TabState;
  // Give the content script a moment to place badges after the verdicts arrive.
  await page.waitForTimeout(400);
  const shot = join(outDir, stop.file.replace(/\.html$/, '.png'));
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`\n${stop.url}\n  ${stop.about}`);
  if (state.kind !== 'judged') {
    console.log(
      `  page state: ${state.kind}${state.kind === 'unreadable' ? ` (missing ${state.missing.join(', ')})` : ''}`,
    );
    surprises++;
    continue;
  }
  const worst = state.verdicts.reduce(
    (w, v) => (v.level === 'suspect' ? 'suspect' : v.level === 'watch' && w === 'ok' ? 'watch' : w),
    'ok',
  );
  for (const l of state.listings) {
    const v = state.verdicts.find((x) => x.listingId === l.listingId);
    console.log(
      `  [${(v?.level ?? '?').toUpperCase().padEnd(7)} ${String(Math.round(v?.score ?? 0)).padStart(3)}] ${l.title.slice(0, 90)}`,
    );
    for (const r of v?.reasons ?? []) console.log(`        - ${r.message}`);
  }
  if (worst !== stop.expect) {
    surprises++;
    console.log(`  ! expected the page's worst verdict to be ${stop.expect}, got ${worst}`);
  }
  console.log(`  screenshot: ${shot}`);
  await page.close();
}
await session.close();
console.log(`\n${tour.length} demo pages toured${surprises ? `, ${surprises} not as expected` : ', all as expected'}.`);
process.exit(0);
