import { browser } from 'wxt/browser';
import { openDb } from '../db';
import { createRouter, type HandlerMap } from './router';
import { handleCards, handlePage, handleTabState } from './page-handlers';
import { loadGeneralReader } from './general-reader';
import { forgetTab, tabStateStats } from './tab-state';
import { restoreAddedSites, siteHandlers } from './site-handlers';
import { readOpenTabsOnInstall } from './open-tabs';
import { handleTriageCancel, handleTriageCommand, handleTriageConfirm, handleTriagePending } from './triage';
import { dropPending } from './triage-pending';
import { removeFine } from './triage-record';
import { handleReveal } from './reveal';
import { openOnboardingOnInstall } from './onboarding';
import { ensureBundledPack, loadActiveEngine, startPackAlarms } from '../packs/active';
import { packHandlers } from '../packs/handlers';
import { flagHandlers, type FlagContext } from '../cases/handlers';
import type { ListingLensDb } from '../db';
import type { PackStatus } from '../messages';
import type { HandlerContext } from './router';
import { describeStorageError } from '../storage-health';
import { t } from '../i18n';
import { restrictLocalStorage } from './storage-access';

/** A feature's handlers with the context they take in place of the router's. */
type Bound<M> = {
  [N in keyof M]: M[N] extends (payload: infer P, ctx: never) => infer R
    ? (payload: P, ctx: HandlerContext) => R
    : never;
};

/**
 * Gives each handler of a feature module its own context (the database, the sender's tab). The
 * result keeps every handler's payload and reply types, so `HandlerMap` still checks each one
 * against its message.
 */
function bind<Ctx, M extends Record<string, (payload: never, ctx: NoInfer<Ctx>) => unknown>>(
  source: M,
  toCtx: (ctx: HandlerContext) => Ctx,
): Bound<M> {
  const out: Record<string, (payload: never, ctx: HandlerContext) => unknown> = {};
  for (const [name, fn] of Object.entries(source)) out[name] = (payload, ctx) => fn(payload, toCtx(ctx));
  return out as Bound<M>;
}

/** Everything the service worker does at start; entrypoints/background only calls this. */
export function startBackground(): void {
  void restrictLocalStorage();
  const db = openDb();
  const ready = ensureBundledPack(db).catch((e: unknown) => console.error('Listing Lens: bundled pack failed', e));

  // Feature modules export plain handler maps; the router gives them the database and sender.
  const handlers: HandlerMap = {
    ...bind(packHandlers, (): ListingLensDb => db),
    ...bind(
      flagHandlers,
      (ctx: HandlerContext): FlagContext => ({ db, senderUrl: ctx.sender.url ?? null, tabId: ctx.tabId }),
    ),
    ...siteHandlers,
    'content:page': async (payload, ctx) => {
      await ready;
      return handlePage(db, payload, ctx);
    },
    // The sending extension page shows a decision itself (ui:triage-pending): no popup over it.
    'ui:triage': async ({ command, tabId }) => {
      await handleTriageCommand(db, command, tabId, 'caller');
      return { ok: true };
    },
    'ui:triage-pending': (payload) => handleTriagePending(payload),
    'ui:triage-confirm': (payload) => handleTriageConfirm(db, payload),
    'ui:triage-cancel': (payload) => handleTriageCancel(payload),
    'ui:reviewed-fine-remove': async (payload) =>
      (await removeFine(payload)) ? { ok: true } : { ok: false, error: t('triage_fine_gone') },
    'content:cards': async (payload, ctx) => {
      await ready;
      return handleCards(db, payload, ctx);
    },
    'content:general-reader': async (_payload, ctx) => loadGeneralReader(ctx.tabId),
    'ui:tab-state': (payload) => handleTabState(payload),
    'ui:reveal-listing': (payload) => handleReveal(payload),
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
      if (!active) return notLoaded(t('bg_no_pack_active'));
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
      // Storage trouble (a blocked upgrade, no IndexedDB) is the degraded state the popup shows.
      return notLoaded(describeStorageError(e, db.name) ?? String((e as Error).message ?? e));
    }
  }

  const router = createRouter(handlers, browser.runtime.getURL('/'), browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender) => router.route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void dropPending(tabId);
  });
  startPackAlarms();
  const sitesRestored = restoreAddedSites().catch(() => undefined);
  browser.commands.onCommand.addListener((command, tab) => void handleTriageCommand(db, command, tab?.id));
  openOnboardingOnInstall();
  readOpenTabsOnInstall(sitesRestored);
}
