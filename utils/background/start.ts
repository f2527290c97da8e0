import { browser } from 'wxt/browser';
import { openDb } from '../db';
import { createRouter, type HandlerMap } from './router';
import { handleCards, handlePage, handleTabState } from './page-handlers';
import { forgetTab, tabStateStats } from './tab-state';
import { restoreAddedSites, siteHandlers } from './site-handlers';
import { handleTriageCommand } from './triage';
import { ensureBundledPack, loadActiveEngine, startPackAlarms } from '../packs/active';
import { packHandlers } from '../packs/handlers';
import { flagHandlers } from '../cases/handlers';
import type { PackStatus } from '../messages';
import type { HandlerContext } from './router';

// biome-ignore lint/suspicious/noExplicitAny: adapts handlers of any signature to the router map; payloads are schema-checked first
type AnyHandler = (...args: any[]) => Promise<unknown>;
function mapHandlers(
  source: Record<string, AnyHandler>,
  args: (payload: unknown, ctx: HandlerContext) => unknown[],
): HandlerMap {
  const out: HandlerMap = {};
  for (const [name, fn] of Object.entries(source)) {
    (out as Record<string, unknown>)[name] = (payload: unknown, ctx: HandlerContext) => fn(...args(payload, ctx));
  }
  return out;
}

/** Everything the service worker does at start; entrypoints/background only calls this. */
export function startBackground(): void {
  const db = openDb();
  const ready = ensureBundledPack(db).catch((e: unknown) => console.error('Listing Lens: bundled pack failed', e));

  // Feature modules export plain handler maps; the router gives them the database and sender.
  const handlers: HandlerMap = {
    ...mapHandlers(packHandlers, (payload) => [payload, db]),
    ...mapHandlers(flagHandlers, (payload, ctx) => [
      payload,
      { db, senderUrl: ctx.sender.url ?? null, tabId: ctx.tabId },
    ]),
    ...mapHandlers(siteHandlers, (payload) => [payload]),
    'content:page': async (payload, ctx) => {
      await ready;
      return handlePage(db, payload, ctx);
    },
    'ui:triage': async ({ command, tabId }) => {
      await handleTriageCommand(db, command, tabId);
      return { ok: true };
    },
    'content:cards': async (payload, ctx) => {
      await ready;
      return handleCards(db, payload, ctx);
    },
    'ui:tab-state': (payload) => handleTabState(payload),
    'ui:pack-status': async () => {
      await ready;
      return packStatus();
    },
    'ui:diagnostics': async () => ({
      ...router.stats,
      tabStateFailures: tabStateStats.failures,
      lastTabStateFailure: tabStateStats.lastFailure,
    }),
  };

  const notLoaded = (error: string): PackStatus => ({
    loaded: false,
    id: null,
    name: null,
    version: null,
    brands: 0,
    verified: false,
    example: false,
    error,
  });

  async function packStatus(): Promise<PackStatus> {
    try {
      const active = await loadActiveEngine(db);
      if (!active) return notLoaded('No rule pack is active.');
      const p = active.pack;
      return {
        loaded: true,
        id: p.id,
        name: p.name,
        version: p.version,
        brands: p.brands,
        verified: p.verified,
        example: p.example,
        error: null,
      };
    } catch (e) {
      return notLoaded(String((e as Error).message ?? e));
    }
  }

  const router = createRouter(handlers, browser.runtime.getURL('/'), browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender) => router.route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  startPackAlarms();
  void restoreAddedSites().catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => void handleTriageCommand(db, command, tab?.id));
}
