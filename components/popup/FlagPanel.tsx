import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaptureOutcome, FlagPrecheck } from '../../utils/cases/types';
import { sendMessage } from '../../utils/messaging';
import type { Listing, Verdict } from '../../utils/types';
import { FlagForm, initialFlagValues, type FlagValues } from './FlagForm';
import { FlagHistoryNote } from './FlagHistoryNote';
import { FlagResult } from './FlagResult';

export interface FlagPanelProps {
  tabId: number;
  url: string;
  marketplace: string;
  listing: Listing;
  verdict: Verdict | null;
}

type Phase =
  | { kind: 'closed' }
  | { kind: 'form'; error: string | null; busy: boolean }
  | { kind: 'saved'; flagId: number; capture: CaptureOutcome | null; busy: boolean };

const openPage = (path: string) => browser.tabs.create({ url: `${browser.runtime.getURL('/notice.html')}${path}` });

/** Flagging one listing: the form, then the saved flag and its evidence. Used by the popup and the flag page. */
export function FlagPanel(props: FlagPanelProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [pre, setPre] = useState<FlagPrecheck | null>(null);
  const [basket, setBasket] = useState<number[]>([]);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  // One id for this flag, kept across retries: a save the worker finished but never answered is found, not repeated.
  const [requestId] = useState(() => crypto.randomUUID());

  useEffect(() => {
    sendMessage('ui:flag-precheck', { marketplace: props.marketplace, listing: props.listing }).then(setPre, () =>
      setPre(null),
    );
    browser.tabs.get(props.tabId).then(
      (t) => setPageUrl(t.url ?? null),
      () => setPageUrl(null),
    );
  }, [props.tabId, props.listing.listingId]);

  async function save(v: FlagValues) {
    if (!v.type) return;
    setPhase({ kind: 'form', error: null, busy: true });
    const listing: Listing = {
      ...props.listing,
      title: v.title.trim() || props.listing.title,
      brand: v.brand.trim() || null,
      seller: v.seller.trim()
        ? { ...(props.listing.seller ?? { id: null, url: null }), name: v.seller.trim() }
        : props.listing.seller,
      url: v.url.trim() || props.listing.url,
    };
    const buy = v.testBuy.orderId.trim() || v.testBuy.findings.trim() ? v.testBuy : null;
    const request = {
      requestId,
      url: v.url.trim() || props.url,
      marketplace: props.marketplace,
      listing,
      verdict: props.verdict,
      type: v.type,
      note: v.note,
      testBuy: v.type === 'COUNTERFEIT' ? buy : null,
      capture: pageUrl ? { tabId: props.tabId, pageUrl } : null,
    };
    try {
      // The service worker can stop mid-save (the browser stops idle workers, or an update): ask
      // once more, and the background answers with the flag it saved, if it saved one.
      const r = await sendMessage('ui:flag-create', request).catch(() => sendMessage('ui:flag-create', request));
      if (!r.ok) return setPhase({ kind: 'form', error: r.error, busy: false });
      setPhase({
        kind: 'saved',
        flagId: r.flagId,
        busy: false,
        capture: r.capture ?? {
          ok: false,
          error: 'tab-gone',
          message: 'The listing tab is closed, so no evidence was captured.',
        },
      });
    } catch (e) {
      setPhase({ kind: 'form', error: `Could not save the flag: ${String((e as Error).message ?? e)}`, busy: false });
    }
  }

  async function retry(flagId: number) {
    if (!pageUrl) return;
    setPhase({ kind: 'saved', flagId, capture: null, busy: true });
    const capture = await sendMessage('ui:flag-capture', { flagId, tabId: props.tabId, pageUrl }).catch((e: Error) => ({
      ok: false as const,
      error: 'storage-failed' as const,
      message: e.message,
    }));
    setPhase({ kind: 'saved', flagId, capture, busy: false });
  }

  const historyUrl = browser.runtime.getURL('/options.html');
  return (
    <section aria-label="Flag">
      {pre ? <FlagHistoryNote precheck={pre} historyUrl={historyUrl} /> : null}
      {phase.kind === 'closed' ? (
        <button type="button" class="primary" onClick={() => setPhase({ kind: 'form', error: null, busy: false })}>
          Flag this listing
        </button>
      ) : null}
      {phase.kind === 'form' ? (
        <FlagForm
          initial={initialFlagValues(props.listing, props.url)}
          busy={phase.busy}
          error={phase.error}
          onSubmit={save}
          onCancel={() => setPhase({ kind: 'closed' })}
        />
      ) : null}
      {phase.kind === 'saved' ? (
        <FlagResult
          flagId={phase.flagId}
          capture={phase.capture}
          busy={phase.busy}
          canBasket={!!pre && pre.role !== 'consumer'}
          inBasket={basket.includes(phase.flagId)}
          onRetry={() => void retry(phase.flagId)}
          onCompose={() => void openPage(`#notice=${phase.flagId}`)}
          onBasket={() => void sendMessage('ui:basket', { add: [phase.flagId] }).then((b) => setBasket(b.flagIds))}
          onHistory={() => void browser.tabs.create({ url: `${historyUrl}#history` })}
        />
      ) : null}
    </section>
  );
}
