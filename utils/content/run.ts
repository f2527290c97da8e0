import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterFor } from '../adapters/registry';
import { sendMessage } from '../messaging';
import type { Extraction, Verdict } from '../types';
import { prepareExtraction } from './prepare';
import { createBadgeRenderer } from './render';
import { listenForSnapshotRequests } from './snapshot-listener';

const RESCAN_DELAY_MS = 700;

/**
 * The content script: read the page with its adapter, ask the background for verdicts, badge
 * the listings that are not ok. Results pages grow as the user scrolls and single-page shops
 * navigate without reloading, so it reads again after DOM changes and URL changes, sending
 * only when what it read has changed. It never throws into the marketplace's console.
 */
export function runContentScript(ctx: ContentScriptContext): void {
  let lastSignature = '';
  const renderBadges = createBadgeRenderer(document, openFlag);
  let timer: number | undefined;

  const scan = async () => {
    const extraction = safeExtract();
    const signature = JSON.stringify([
      location.href,
      extraction.missing,
      extraction.listings.map((l) => [l.listingId, l.title, l.price?.amount]),
    ]);
    if (signature === lastSignature || ctx.isInvalid) return;
    lastSignature = signature;
    try {
      const reply = await sendMessage('content:page', { extraction });
      const verdicts: Verdict[] = 'verdicts' in reply ? reply.verdicts : [];
      renderBadges(extraction, verdicts);
    } catch {
      // The extension was reloaded or the background refused the message: nothing to show.
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void scan(), RESCAN_DELAY_MS);
  };

  listenForSnapshotRequests(ctx);
  void scan();
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwnMutation(r))) schedule();
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
}

function safeExtract(): Extraction {
  const url = new URL(location.href);
  const adapter = adapterFor(url);
  try {
    return prepareExtraction(adapter.extract(document, url));
  } catch {
    return { adapter: adapter.id, page: 'unknown', listings: [], missing: ['page'] };
  }
}

function openFlag(listingId: string): void {
  sendMessage('content:open-flag', { listingId }).catch(() => undefined);
}

function isOwnMutation(r: MutationRecord): boolean {
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.toLowerCase() === 'listing-lens-badge');
}
