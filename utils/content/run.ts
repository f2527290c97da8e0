import { browser } from 'wxt/browser';
import type { Adapter } from '../adapters/types';
import { sendMessage } from '../messaging';
import { OWN } from './anchor';
import { createPageSession } from './page-session';
import { createBadgeRenderer } from './render';
import { answerBackground, hasOnlyKeys } from './answer-background';
import { triageHandler } from './triage';
import { revealHandler } from './reveal-listener';

/** Coalesces full re-reads of pages that are not results pages (product pages rendering late). */
const REREAD_MS = 120;
// A symbol on the isolated world's window: the page cannot see or set it, and a second copy of
// this script (static match plus an on-demand read) finds it and stays out.
const RUNNING = Symbol.for('listing-lens.content');

/**
 * The content script: read the page with its site's adapter, ask the background for verdicts,
 * badge what is not ok, and follow the page as it changes. It does not use WXT's context for its
 * lifetime: that context stops when the document receives a `<id>:content:wxt:content-script-started`
 * event, which the page itself can dispatch (docs/in-page.md). It stops when the extension is gone.
 */
export function runContentScript(adapter: Adapter): void {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[RUNNING]) return;
  w[RUNNING] = true;
  // Injected at document_start so the script is compiled and waiting when the DOM is complete: it
  // starts as the parser finishes (readyState "interactive"), before the page's deferred scripts run
  // and DOMContentLoaded fires.
  if (document.readyState !== 'loading') {
    start(adapter);
    return;
  }
  const ready = () => {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', ready);
    start(adapter);
  };
  document.addEventListener('readystatechange', ready);
}

function start(adapter: Adapter): void {
  const render = createBadgeRenderer(document, {
    review: (listingId) => void sendMessage('content:open-flag', { listingId }).catch(() => undefined),
    muteOptions: (listingId) => session.muteOptions(listingId),
    mute: (listingId, kind) => session.mute(listingId, kind),
  });
  const session = createPageSession(adapter, render);
  let href = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const nav = (globalThis as { navigation?: EventTarget }).navigation;

  // An update, reload or removal of the extension orphans this script: its messages would fail and
  // its badges would stay, stale and dead. At the first sign of it, it takes its badges down and stops.
  const alive = () => {
    if (browser.runtime?.id) return true;
    observer.disconnect();
    clearTimeout(timer);
    nav?.removeEventListener('navigatesuccess', onUrl);
    removeEventListener('popstate', onUrl);
    render.clear();
    return false;
  };
  const rereadSoon = () => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (alive()) session.readAll();
    }, REREAD_MS);
  };
  const onUrl = () => {
    if (location.href === href || !alive()) return;
    href = location.href;
    session.readAll();
  };

  const observer = new MutationObserver((records) => {
    if (!alive() || session.paused) return;
    if (location.href !== href) return onUrl();
    const added: Element[] = [];
    let removals = false;
    for (const r of records) {
      if (r.removedNodes.length > 0 && !onlyOurs(r.removedNodes)) removals = true;
      for (const n of Array.from(r.addedNodes)) if (isContent(n)) added.push(n as Element);
    }
    if (added.length === 0 && !removals) return;
    const roots = outermost(added);
    if (session.page !== 'search') {
      if (roots.length > 0) rereadSoon();
      return;
    }
    if (!session.readChanges(roots, removals)) rereadSoon();
  });

  answerBackground({
    'bg:triage': triageHandler(render),
    'bg:reveal': revealHandler,
    'bg:reread': {
      accepts: (p): p is Record<string, never> => hasOnlyKeys(p, []),
      answer: () => {
        if (alive()) session.refresh();
        return { ok: true };
      },
    },
  });
  session.readAll();
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  // Single-page shops change the URL through the history API; the Navigation API reports it where
  // there is one, and every mutation batch checks the URL anyway.
  nav?.addEventListener('navigatesuccess', onUrl);
  addEventListener('popstate', onUrl);
}

/** An added element that can hold a listing: not ours, and a link or something holding one. */
function isContent(n: Node): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (el.matches(OWN) || el.closest(OWN)) return false;
  return el.tagName === 'A' || el.querySelector('a[href]') !== null;
}

/** Removed nodes that could have been cards: elements that are not our badges (text nodes never were). */
function onlyOurs(nodes: NodeList): boolean {
  for (const n of Array.from(nodes)) if (n.nodeType === 1 && !(n as Element).matches(OWN)) return false;
  return true;
}

/** Drops elements inside another added element: each card is read once. */
function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return el.isConnected;
  });
}
