import { t } from '../../utils/i18n';
import type { CaptureOutcome } from '../../utils/cases/types';

/** What happened after saving: the flag is safe, and what became of the evidence. */
export function FlagResult(props: {
  flagId: number;
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
  const c = props.capture;
  return (
    <section class="card" aria-label="Flag saved" role="status">
      <h2>Flag saved</h2>
      {props.existing ? <p>{t('notice_flag_existing', props.flagId)}</p> : null}
      {c === null ? <p class="muted">Capturing evidence…</p> : null}
      {c?.ok ? (
        <>
          <p>
            Evidence captured at {c.evidence[0]?.capturedAt.replace('T', ' ').slice(0, 19)} UTC, each piece with its
            SHA-256:
          </p>
          <ul aria-label="Evidence" style={{ paddingLeft: '18px', fontSize: '12px' }}>
            {c.evidence.map((e) => (
              <li key={e.id}>
                {e.kind}: <code style={{ overflowWrap: 'anywhere' }}>{e.sha256}</code>
              </li>
            ))}
          </ul>
          {c.missing.map((m, i) => (
            <p key={i} class="muted">
              {m}
            </p>
          ))}
        </>
      ) : null}
      {c && !c.ok ? (
        <div role="alert">
          <p class="error">{c.message}</p>
          <div class="row">
            <button type="button" onClick={props.onRetry} disabled={props.busy}>
              Retry evidence capture
            </button>
            <button type="button" onClick={props.onHistory}>
              Export from history
            </button>
          </div>
        </div>
      ) : null}
      <div class="row" style={{ marginTop: '8px' }}>
        <button type="button" class="primary" onClick={props.onCompose}>
          Write a notice
        </button>
        {props.canBasket ? (
          <button type="button" onClick={props.onBasket} disabled={props.inBasket}>
            {props.inBasket ? 'In the case basket' : 'Add to case basket'}
          </button>
        ) : null}
      </div>
    </section>
  );
}
