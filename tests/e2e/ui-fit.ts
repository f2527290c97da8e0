import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';

// Helpers for the first-run and everyday UI tests: a generated 60-listing results page, the
// popup's height as Chrome would size it, and an axe-core run inside a page.

/** Chrome caps a popup at 800 x 600; content taller than 600 px scrolls. */
export const POPUP_MAX_HEIGHT = 600;

export async function popupHeight(popup: Page): Promise<number> {
  await popup.setViewportSize({ width: 420, height: 300 });
  return popup.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
}

/** An eBay-like results page: every fifth listing a disguised-brand replica, the rest genuine or used. */
export function resultsPage(count: number): string {
  const items = Array.from({ length: count }, (_, i) => {
    const id = String(395512350000 + i);
    const fake = i % 5 === 3;
    const title = fake
      ? `Canada G00se Expedition Parka 1:1 Replica AAA Mirror Quality Down Jacket #${i}`
      : `Canada Goose Expedition Parka Men's Black Size ${['S', 'M', 'L', 'XL'][i % 4]} #${i}`;
    const price = fake ? '$89.00' : '$1,195.00';
    return `<li class="s-item" id="item${i}"><div class="s-item__info">
      <a class="s-item__link" href="https://www.ebay.com/itm/${id}"><div class="s-item__title"><span role="heading" aria-level="3">${title}</span></div></a>
      <div class="s-item__subtitle"><span class="SECONDARY_INFO">Brand New</span></div>
      <div class="s-item__details"><span class="s-item__price">${price}</span></div>
      <span class="s-item__seller-info"><span class="s-item__seller-info-text">seller${i} (120) 99%</span></span>
      </div><div style="height:180px"></div></li>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canada goose parka | eBay</title></head>
  <body><ul class="srp-results srp-list">${items}</ul></body></html>`;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
}

const AXE = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.x A/AA rules (2.2 included) on the page as it is; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const { violations, passed } = await axeRun(page);
  // A run that checked nothing would pass vacuously.
  if (passed < 5) throw new Error(`axe-core checked only ${passed} rules on ${page.url()}`);
  return violations;
}

async function axeRun(page: Page): Promise<{ violations: AxeViolation[]; passed: number }> {
  // Evaluated through the DevTools protocol: an extension page's CSP would refuse an inline script tag.
  await page.evaluate(AXE());
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return {
      passed: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  });
}
