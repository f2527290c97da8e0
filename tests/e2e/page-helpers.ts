import type { Page } from 'playwright-core';
import type { Session } from './harness';

// What the in-page tests read: badges by their contract attribute, the accessibility tree (it
// includes closed shadow roots, which no page script and no Playwright locator can reach), the
// toolbar badge, and pixels of the rendered page.
export const BADGE = '[data-listing-lens-badge]';

export const badgeIds = (page: Page) =>
  page.locator(BADGE).evaluateAll((els) => els.map((e) => e.getAttribute('data-listing-lens-badge') ?? ''));

export async function waitForBadges(page: Page, n: number, timeout = 10_000): Promise<string[]> {
  await page.waitForFunction((want) => document.querySelectorAll('[data-listing-lens-badge]').length === want, n, {
    timeout,
  });
  return badgeIds(page);
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
  focused: boolean;
  backendId?: number;
}

export async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
      backendDOMNodeId?: number;
    }[];
  };
  await cdp.detach();
  return nodes.map((n) => ({
    role: n.role?.value ?? '',
    name: n.name?.value ?? '',
    description: n.description?.value ?? '',
    focused: n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
    backendId: n.backendDOMNodeId,
  }));
}

/** The box of a node found in the accessibility tree (closed shadow roots included). */
export async function boxOf(page: Page, backendNodeId: number) {
  const cdp = await page.context().newCDPSession(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
  await cdp.detach();
  const xs = [model.border[0], model.border[2], model.border[4], model.border[6]];
  const ys = [model.border[1], model.border[3], model.border[5], model.border[7]];
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** Tabs until focus is inside a badge (the page sees the badge's host as the active element). */
export async function tabToBadge(page: Page, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-listing-lens-badge') ?? null);
    if (id) return id;
  }
  throw new Error('No badge took the keyboard focus');
}

/** Sends a `ui:*` message as an extension page does (the Options page, opened for the purpose). */
export async function uiMessage<T>(s: Session, type: string, payload: unknown): Promise<T> {
  const options = await s.options();
  const reply = await options.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload],
  );
  await options.close();
  return reply as T;
}

export async function toolbarText(s: Session, tabId: number): Promise<string> {
  return s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** RGB of screen pixels at the given page coordinates, read from a real screenshot. */
export async function pixels(page: Page, points: [number, number][]): Promise<[number, number, number][]> {
  const png = await page.screenshot({ type: 'png' });
  const decoder = await page.context().newPage();
  const out = await decoder.evaluate(
    async ([b64, pts]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return pts.map(([x, y]) => Array.from(g.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)));
    },
    [png.toString('base64'), points] as const,
  );
  await decoder.close();
  return out as [number, number, number][];
}

export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const lum = ([r, g, b2]: [number, number, number]) => {
    const f = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b2);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
