import { useState } from 'preact/hooks';
import { buildMailto } from '../../utils/notices/mailto';
import { ConfirmPost } from './ConfirmPost';

export type ChannelId = 'mailto' | 'clipboard' | 'eml' | 'case-file' | 'report-page' | 'post';

/** The ways a reviewed notice can leave, all started by the user. */
export function Channels(props: {
  recipient: string | null;
  subject: string;
  text: string;
  blocked: boolean;
  reportUrl: string | null;
  endpoints: string[];
  busy: boolean;
  onChannel: (c: ChannelId, endpoint?: string) => void;
  onMarkSent: () => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const mail = buildMailto({ to: props.recipient, subject: props.subject, body: props.text });
  const off = props.blocked || props.busy;
  return (
    <section aria-label="Send">
      {props.blocked ? <p class="error">Fix the problems above before sending.</p> : null}
      <div class="row">
        {mail.ok && !off ? (
          <a href={mail.href} onClick={() => props.onChannel('mailto')}>
            Open in mail app
          </a>
        ) : (
          <button type="button" disabled>
            Open in mail app
          </button>
        )}
        <button type="button" disabled={off} onClick={() => props.onChannel('clipboard')}>
          Copy text
        </button>
        <button type="button" disabled={off} onClick={() => props.onChannel('eml')}>
          Download .eml with evidence
        </button>
        <button type="button" disabled={off} onClick={() => props.onChannel('case-file')}>
          Download case file
        </button>
        {props.reportUrl ? (
          <button type="button" disabled={off} onClick={() => props.onChannel('report-page')}>
            Copy text and open report page
          </button>
        ) : null}
        {props.endpoints.map((e) => (
          <button key={e} type="button" disabled={off} onClick={() => setConfirming(e)} aria-label={`Send to ${e}`}>
            Send to {new URL(e).host}
          </button>
        ))}
        <button type="button" disabled={off} onClick={props.onMarkSent}>
          Mark as sent
        </button>
      </div>
      {!mail.ok ? (
        <p class="muted" role="status">
          {mail.message}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmPost
          endpoint={confirming}
          busy={props.busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            props.onChannel('post', confirming);
            setConfirming(null);
          }}
        />
      ) : null}
    </section>
  );
}
