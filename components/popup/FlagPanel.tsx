import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaptureOutcome, FlagPrecheck } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { FlagForm, initialFlagValues, type FlagValues } from './FlagForm';
import { FlagHistoryNote } from './FlagHistoryNote';
import { flagRequest, type FlagTarget } from './flag-request';
import { FlagResult } from './FlagResult';

export type FlagPanelProps = FlagTarget & {
  /** Told when the form opens or closes, so the popup can make room for it. */
  onFormOpen?: (open: boolean) => void;
};

type Phase =
  | { kind: 'closed' }
  | { kind: 'form'; error: string | null; busy: boolean }
  | { kind: 'saved'; flagId: number; capture: CaptureOutcome | null; busy: boolean; existing?: boolean };

const openPage = (path: string) => browser.tabs.create({ url: `${browser.runtime.getURL('/notice.html')}${path}` });
const errorText = (e: unknown) => String((e as Error)?.message ?? e);

/** Flagging one listing: the form, then the saved flag and its evidence. Used by the popup and the flag page. */
export function FlagPanel(props: FlagPanelProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [pre, setPre] = useState<FlagPrecheck | null>(null);
  const [basket, setBasket] = useState<number[]>([]);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  // One id for this flag, kept across retries: a save the worker finished but never answered is found, not repeated.
  const [requestId] = useState(() => crypto.randomUUID());

  useEffect(() => props.onFormOpen?.(phase.kind === 'form'), [phase.kind]);

  useEffect(() => {
    sendMessage('ui:flag-precheck', { marketplace: props.marketplace, listing: props.listing }).then(setPre, () =>
      setPre(null),
    );
    browser.tabs.get(props.tabId).then(
      (tab) => setPageUrl(tab.url ?? null),
      () => setPageUrl(null),
    );
  }, [props.tabId, props.listing.listingId]);

  async function save(v: FlagValues) {
    const request = flagRequest(props, v, pageUrl, requestId);
    if (!request) return;
    setPhase({ kind: 'form', error: null, busy: true });
    try {
      // The service worker can stop mid-save (the browser stops idle workers, or an update): ask
      // once more, and the background answers with the flag it saved, if it saved one.
      const r = await sendMessage('ui:flag-create', request).catch(() => sendMessage('ui:flag-create', request));
      if (!r.ok) return setPhase({ kind: 'form', error: r.error, busy: false });
      const capture = r.capture ?? { ok: false, error: 'tab-gone', message: t('popup_flag_tab_gone') };
      setPhase({ kind: 'saved', flagId: r.flagId, existing: r.reopened, busy: false, capture });
    } catch (e) {
      setPhase({ kind: 'form', error: t('popup_flag_save_failed', errorText(e)), busy: false });
    }
  }

  async function retry(flagId: number) {
    if (!pageUrl) return;
    setPhase({ kind: 'saved', flagId, capture: null, busy: true });
    const capture = await sendMessage('ui:flag-capture', { flagId, tabId: props.tabId, pageUrl }).catch(
      (e: unknown) => ({ ok: false as const, error: 'storage-failed' as const, message: errorText(e) }),
    );
    setPhase({ kind: 'saved', flagId, capture, busy: false });
  }

  const historyUrl = browser.runtime.getURL('/options.html');
  return (
    <section aria-label={t('popup_flag_section')}>
      {pre ? <FlagHistoryNote precheck={pre} historyUrl={historyUrl} /> : null}
      {phase.kind === 'closed' ? (
        <button type="button" class="primary" onClick={() => setPhase({ kind: 'form', error: null, busy: false })}>
          {t('popup_flag_open')}
        </button>
      ) : null}
      {phase.kind === 'form' ? (
        <FlagForm
          initial={initialFlagValues(props.listing, props.url, props.verdict)}
          busy={phase.busy}
          error={phase.error}
          onSubmit={save}
          onCancel={() => setPhase({ kind: 'closed' })}
        />
      ) : null}
      {phase.kind === 'saved' ? (
        <FlagResult
          flagId={phase.flagId}
          existing={!!phase.existing}
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
