import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, demoTour, launchExtension } from './browser';

// `npm run screenshots`: builds the extension and photographs it on the bundled demo pages, for
// the README and docs/ (docs/images/). Every picture comes from the current build, so the
// documentation shows the product as it is. Add `-- --lang=zh-CN` for the Chinese UI.
const OUT = join(ROOT, 'docs', 'images');
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice(7);
const suffix = lang ? `-${lang}` : '';

const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
if (built.status !== 0) {
  console.error('Build failed: run `npm run build` to see why.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const session = await launchExtension({
  headless: true,
  ...(lang ? { args: [`--lang=${lang}`], env: { LANGUAGE: lang.replace('-', '_') } } : {}),
});
const tour = demoTour();
session.serve(tour.map((t) => ({ url: t.url, file: t.file })));
const shots: string[] = [];
async function shoot(page: Page, name: string, fullPage = true) {
  const path = join(OUT, `${name}${suffix}.png`);
  await page.waitForTimeout(300);
  await page.screenshot({ path, fullPage });
  shots.push(path);
}

// First run: the onboarding tab the install opened, filled in as a consumer.
let onboarding: Page | undefined;
for (let i = 0; i < 100 && !onboarding; i++) {
  onboarding = session.context.pages().find((p) => p.url().endsWith('/onboarding.html'));
  if (!onboarding) await new Promise((r) => setTimeout(r, 100));
}
if (!onboarding) throw new Error('The onboarding page did not open on install.');
await onboarding.setViewportSize({ width: 760, height: 640 });
await onboarding.locator('input[type="radio"]').first().waitFor();
await shoot(onboarding, 'onboarding-role');
await onboarding.locator('input[value="consumer"]').check();
await onboarding.locator('button.primary').click();
await onboarding.locator('#ll-p-name').fill('Sam Rivera');
await onboarding.locator('#ll-p-email').fill('sam@example.org');
await onboarding.locator('button.primary').click();
await onboarding.locator('dl.legend').waitFor();
await shoot(onboarding, 'onboarding-badges');

// A suspect product page with its badge, then the popup for it and the flag form.
const suspect = tour.find((t) => t.expect === 'suspect' && t.url.includes('/dp/'))!;
const page = await session.open(suspect.url);
await page.locator('[data-listing-lens-badge]').first().waitFor({ state: 'attached' });
// The stores want 1280x800 screenshots of the product at work.
await page.setViewportSize({ width: 1280, height: 800 });
if (!lang) await page.screenshot({ path: join(ROOT, 'assets', 'store', 'screenshot-1280x800.png') });
await page.setViewportSize({ width: 1000, height: 340 });
await shoot(page, 'badge', false);
const popup = await session.popupFor(page);
await popup.setViewportSize({ width: 380, height: 200 });
await popup.locator('section.card').first().waitFor();
await shoot(popup, 'popup');
await popup.locator('section[aria-label] > button.primary').click();
await popup.locator('#ll-type').selectOption('COUNTERFEIT');
await shoot(popup, 'popup-flag');
await popup.locator('form button[type="submit"]').click();
await popup.locator('#ll-flag-saved').waitFor();
const [composer] = await Promise.all([
  session.context.waitForEvent('page'),
  popup.locator('#ll-flag-saved ~ .actions button.primary').click(),
]);
await composer.setViewportSize({ width: 1000, height: 700 });
await composer.waitForLoadState();
await composer.locator('main').first().waitFor();
await shoot(composer, 'composer', false);

// A results page in the popup: worst first.
const search = tour.find((t) => t.url.includes('/sch/'))!;
const results = await session.open(search.url);
const resultsPopup = await session.popupFor(results);
await resultsPopup.setViewportSize({ width: 380, height: 200 });
await resultsPopup.locator('ul.results').waitFor();
await shoot(resultsPopup, 'popup-results');

const options = await session.options('#history');
await options.setViewportSize({ width: 1100, height: 800 });
await options.locator('main').waitFor();
await shoot(options, 'options', false);

await session.close();
console.log(`Wrote ${shots.length} screenshots:\n${shots.map((s) => `  ${s.slice(ROOT.length + 1)}`).join('\n')}`);
process.exit(0);
