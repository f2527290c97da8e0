import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { TriageDecisionView } from '../../utils/messages';
import { MAX_TRIAGE_REASON, plainReason, prefillReason } from '../../utils/triage-reason';
import { ListingLink } from '../shared/ListingLink';
import { reasonView } from '../shared/reason-text';

type Outcome = { ok: true } | { ok: false; error: string };

/** Titles shown before "and N more": the popup stays within Chrome's 600 px. */
const SHOWN = 6;

/**
 * A triage decision made from the keyboard in the page, waiting for the reviewer's reason. The box is
 * focused, with the engine's reasons that hold for every listing of a flag selected, so typing replaces them; Enter confirms, Shift+Enter
 * starts a new line, Escape cancels. A flag needs a reason (it becomes the flag's note); "looks fine" not.
 */
export function TriageDecision(props: {
  decision: TriageDecisionView;
  onConfirm: (reason: string) => Promise<Outcome>;
  onCancel: () => void;
}) {
  const { decision } = props;
  const flag = decision.action === 'flag';
  const n = decision.items.length;
  const [reason, setReason] = useState(() =>
    prefillReason(
      decision.action,
      decision.items.map((i) => i.reasons.map((r) => reasonView(r).text)),
    ),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    el?.focus();
    el?.select();
    // Selecting scrolls to the end; the engine's first reason is the one to read first.
    if (el) el.scrollTop = 0;
  }, []);
  // Escape cancels wherever the focus is in the popup (after a click on its text, say), not only in the form.
  const { onCancel } = props;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const submit = async () => {
    if (busy) return;
    if (flag && plainReason(reason) === '') {
      setError(t('triage_reason_needed'));
      box.current?.focus();
      return;
    }
    setBusy(true);
    const r = await props.onConfirm(reason).catch((e: Error): Outcome => ({ ok: false, error: e.message }));
    setBusy(false);
    if (!r.ok) setError(r.error);
  };
  const summary = flag
    ? n === 1
      ? t('triage_flag_one')
      : t('triage_flag_many', n)
    : n === 1
      ? t('triage_fine_one')
      : t('triage_fine_many', n);
  return (
    <form
      class="card"
      aria-labelledby="ll-triage-h"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p class="muted small">{t('triage_heading')}</p>
      <h2 id="ll-triage-h">{summary}</h2>
      <ul aria-label={t('triage_listings')}>
        {decision.items.slice(0, SHOWN).map((i) => (
          <li key={i.listingId}>
            <ListingLink url={i.url ?? ''} title={i.title} />
          </li>
        ))}
        {n > SHOWN ? <li class="muted">{t('triage_more', n - SHOWN)}</li> : null}
      </ul>
      <label for="ll-triage-reason">{t('triage_reason_label')}</label>
      <textarea
        id="ll-triage-reason"
        ref={box}
        rows={4}
        maxLength={MAX_TRIAGE_REASON}
        value={reason}
        aria-describedby={error ? 'll-triage-error ll-triage-hint' : 'll-triage-hint'}
        aria-invalid={error ? true : undefined}
        onInput={(e) => setReason(e.currentTarget.value)}
        onKeyDown={(e) => {
          // An IME's Enter picks a candidate; it confirms nothing.
          if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
          e.preventDefault();
          void submit();
        }}
      />
      <p id="ll-triage-hint" class="muted small">
        {t(flag ? 'triage_reason_hint_flag' : 'triage_reason_hint_fine')}
      </p>
      {error ? (
        <p id="ll-triage-error" role="alert" class="field-error">
          {error}
        </p>
      ) : null}
      <div class="row actions">
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('triage_recording') : t(flag ? 'triage_confirm_flag' : 'triage_confirm_fine')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('triage_cancel')}
        </button>
      </div>
    </form>
  );
}
