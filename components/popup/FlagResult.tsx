import { useEffect, useRef } from 'preact/hooks';
import type { CaptureOutcome } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { evidenceLabel } from '../../utils/labels';
import { EvidenceDetails } from '../shared/EvidenceDetails';

/** What happened after saving: the flag is safe, and what became of the evidence. */
export function FlagResult(props: {
  flagId: number;
  /** The listing was already flagged in this role: the existing case was opened, not a second one made. */
  existing?: boolean;
  capture: CaptureOutcome | null;
  busy: boolean;
  canBasket: boolean;
  inBasket: boolean;
  onRetry: () => void;
  onCompose: () => void;
  onBasket: () => void;
  onHistory: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: focus lands on what replaced it.
  useEffect(() => heading.current?.focus(), []);
  const c = props.capture;
  return (
    <section class="card" role="status" aria-labelledby="ll-flag-saved">
      <h2 id="ll-flag-saved" tabIndex={-1} ref={heading}>
        {t('popup_flag_saved')}
      </h2>
      {props.existing ? <p>{t('notice_flag_existing', props.flagId)}</p> : null}
      {c === null ? <p class="muted">{t('popup_flag_capturing')}</p> : null}
      {c?.ok ? <p>{t('popup_flag_evidence_saved', c.evidence.map((e) => evidenceLabel(e.kind)).join(', '))}</p> : null}
      {/* What is missing, and how to add it, is for the user to read: not behind the disclosure. */}
      {c?.ok
        ? c.missing.map((m, i) => (
            <p key={i} class="muted">
              {m}
            </p>
          ))
        : null}
      {c?.ok ? <EvidenceDetails evidence={c.evidence} label={t('popup_evidence_list')} /> : null}
      {c && !c.ok ? (
        <div role="alert">
          <p class="error">{c.message}</p>
          <div class="row">
            <button type="button" onClick={props.onRetry} disabled={props.busy}>
              {t('popup_flag_retry')}
            </button>
            <button type="button" onClick={props.onHistory}>
              {t('popup_flag_export_history')}
            </button>
          </div>
        </div>
      ) : null}
      <div class="row actions">
        <button type="button" class="primary" onClick={props.onCompose}>
          {t('popup_flag_write_notice')}
        </button>
        {props.canBasket ? (
          <button type="button" onClick={props.onBasket} disabled={props.inBasket}>
            {props.inBasket ? t('popup_flag_in_basket') : t('popup_flag_add_basket')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
