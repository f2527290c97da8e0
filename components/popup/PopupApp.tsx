import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { PopupModel } from '../../utils/popup-state';
import { PendingScreenshot } from '../notice/PendingScreenshot';
import { FlagPanel } from './FlagPanel';
import { PackFooter } from './PackFooter';
import { SiteControls } from './SiteControls';
import { TriageDecision } from './TriageDecision';
import { usePendingDecision } from './use-pending-decision';
import { PopupStatus } from './PopupStatus';
import { ResultsList } from './ResultsList';
import { VerdictCard } from './VerdictCard';

export interface PopupActions {
  onOpenOptions: () => void;
  /** Scrolls the page to a listing and highlights it; resolves false when the page no longer shows it. */
  onReveal?: (listingId: string) => Promise<boolean>;
  /** Records the waiting triage decision with the reviewer's reason (then the popup closes). */
  onTriageConfirm?: (decisionId: string, reason: string) => Promise<{ ok: true } | { ok: false; error: string }>;
  /** Drops the waiting triage decision (then the popup closes). */
  onTriageCancel?: (decisionId: string) => void;
}

export function PopupApp(props: { model: PopupModel } & PopupActions) {
  const { model, onOpenOptions, onReveal } = props;
  const [selected, setSelected] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // While the flag form is open the site switches and the pack line step aside: the popup stays within 600 px.
  const [flagging, setFlagging] = useState(false);
  const reveal = (id: string) =>
    void onReveal?.(id).then(
      (found) => setNote(found ? null : t('popup_results_not_found')),
      () => setNote(t('popup_results_not_found')),
    );
  // Once decided, the usual view shows, should the window stay open (a popup opened in a tab).
  const [decided, setDecided] = useState<string | null>(null);
  const pending = usePendingDecision(model.tabId, model.decision ?? null);
  const decision = pending?.id === decided ? null : pending;
  const { onTriageConfirm: confirm, onTriageCancel: cancel } = props;
  if (decision && confirm && cancel) {
    return (
      <main class="popup">
        <TriageDecision
          key={decision.id}
          decision={decision}
          onConfirm={async (reason) => {
            const r = await confirm(decision.id, reason);
            if (r.ok) setDecided(decision.id);
            return r;
          }}
          onCancel={() => {
            cancel(decision.id);
            setDecided(decision.id);
          }}
        />
      </main>
    );
  }
  return (
    <main class="popup">
      <div class="row">
        <h1>{t('extName')}</h1>
        <span class="spacer" />
        <button type="button" onClick={onOpenOptions}>
          {t('popup_options')}
        </button>
      </div>
      {note ? (
        <p role="status" class="muted small">
          {note}
        </p>
      ) : null}
      <Body model={model} selected={selected} onSelect={setSelected} onReveal={reveal} onFlagging={setFlagging} />
      {flagging ? null : <SiteControls url={model.url} marketplace={model.supportedHost} />}
      {flagging ? null : <PackFooter pack={model.pack} />}
    </main>
  );
}

function Body(props: {
  model: PopupModel;
  selected: string | null;
  onSelect: (id: string | null) => void;
  onReveal: (id: string) => void;
  onFlagging: (open: boolean) => void;
}) {
  const { model, selected, onSelect } = props;
  const { tab } = model;
  if (!model.pack.loaded || tab.kind !== 'judged') return <PopupStatus model={model} />;
  const focusId = selected ?? (tab.page === 'product' ? tab.listings[0]?.listingId : null);
  const listing = tab.listings.find((l) => l.listingId === focusId);
  if (!listing) {
    return (
      <ResultsList listings={tab.listings} verdicts={tab.verdicts} onSelect={onSelect} onReveal={props.onReveal} />
    );
  }
  const verdict = tab.verdicts.find((v) => v.listingId === listing.listingId) ?? null;
  return (
    <>
      {selected && tab.page !== 'product' ? (
        <button type="button" class="link" onClick={() => onSelect(null)}>
          {t('popup_back_to_results')}
        </button>
      ) : null}
      {model.tabId !== null ? <PendingScreenshot tabId={model.tabId} /> : null}
      <VerdictCard listing={listing} verdict={verdict} />
      {model.tabId !== null ? (
        <FlagPanel
          tabId={model.tabId}
          url={listing.url ?? tab.url}
          marketplace={model.marketplace ?? tab.adapter}
          listing={listing}
          verdict={verdict}
          onFormOpen={props.onFlagging}
        />
      ) : null}
    </>
  );
}
