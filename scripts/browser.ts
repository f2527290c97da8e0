import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

// Launches a Chromium (CHROMIUM_PATH, the system's or Playwright's) with the built extension loaded and serves
// pages at their real marketplace URLs by request interception, so the content script's match
// patterns apply as in real life. Nothing leaves the machine: unserved requests are aborted.
// Node-only: used by `npm start` (scripts/start.ts) and the real-browser tests (tests/e2e/harness.ts).

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const DEMO_DIR = join(ROOT, 'tests', 'demo', 'pages');

/** The Chromium to launch: CHROMIUM_PATH, the system's, or Playwright's (see chromium.ts). */
export const chromiumPath = (): string => findChromium().path;

interface ServedPage {
  url: string;
  /** HTML body, or a file under tests/demo/pages (or an absolute path). */
  body?: string | Buffer;
  file?: string;
  contentType?: string;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  serve(pages: ServedPage[]): void;
  /** Opens a served URL in a new tab and waits for the content script to have reported. */
  open(url: string): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  /** The popup, rendered for the given tab (popup.html?tab=ID). */
  popupFor(page: Page): Promise<Page>;
  options(hash?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Extra Chromium switches (e.g. --lang=zh-CN) and environment (LANGUAGE=zh_CN) for locale runs. */
  args?: string[];
  env?: Record<string, string>;
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<Session> {
  const extensionDir = opts.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'listing-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      ...(opts.args ?? []),
    ],
    ...(opts.env ? { env: { ...process.env, ...opts.env } as Record<string, string> } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const served = new Map<string, ServedPage>();
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const page = served.get(url) ?? served.get(url.replace(/#.*$/, ''));
    if (!page) return route.abort('internetdisconnected');
    const body = page.body ?? readFileSync(resolve(DEMO_DIR, page.file!));
    return route.fulfill({ status: 200, contentType: page.contentType ?? 'text/html; charset=utf-8', body });
  });

  const session: Session = {
    context,
    extensionId,
    worker,
    serve(pages) {
      for (const p of pages) served.set(p.url, p);
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await waitForTabState(session, url);
      return page;
    },
    async tabIdOf(url) {
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t: { url?: string; id?: number }) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab open at ${url}`);
      return id;
    },
    async popupFor(page) {
      const tabId = await session.tabIdOf(page.url());
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async options(hash = '') {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/options.html${hash}`);
      return p;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Waits until the background has recorded a result for the tab showing `url`. */
export async function waitForTabState(session: Session, url: string, timeoutMs = 15_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await session.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t: { url?: string; id?: number }) => t.url === u);
      if (!tab?.id) return null;
      const got = await chrome.storage.session.get(`tab:${tab.id}`);
      return got[`tab:${tab.id}`] ?? null;
    }, url);
    if (state) return state;
    if (Date.now() > deadline) throw new Error(`The content script never reported for ${url}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Reads the demo tour: the pages `npm start` shows and the e2e suite checks. */
export function demoTour(): { url: string; file: string; expect: 'ok' | 'watch' | 'suspect'; about: string }[] {
  return JSON.parse(readFileSync(join(DEMO_DIR, 'tour.json'), 'utf8'));
}
