import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { ChannelId } from '../../utils/notices/lifecycle';
import { buildMailto } from '../../utils/notices/mailto';
import { ConfirmPost } from './ConfirmPost';

export type { ChannelId };

/** The ways a reviewed notice can leave, all started by the user. A notice too long for a mail link goes as .eml. */
export function Channels(props: {
  recipient: string | null;
  subject: string;
  text: string;
  blocked: boolean;
  formUrl: string | null;
  formLabel: string | null;
  endpoints: string[];
  busy: boolean;
  sent: boolean;
  onChannel: (c: ChannelId, endpoint?: string) => void;
  onMarkSent: () => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const mail = buildMailto({ to: props.recipient, subject: props.subject, body: props.text });
  const off = props.blocked || props.busy;
  return (
    <section aria-label={t('notice_send_label')}>
      {props.blocked ? <p class="error">{t('notice_fix_first')}</p> : null}
      <div class="row">
        {mail.ok && !off ? (
          <a href={mail.href} onClick={() => props.onChannel('mailto')}>
            {t('notice_open_mail')}
          </a>
        ) : mail.ok || mail.reason === 'too-long' ? (
          <button type="button" disabled={off} onClick={() => props.onChannel('eml')}>
            {mail.ok ? t('notice_open_mail') : t('notice_mail_eml')}
          </button>
        ) : (
          <button type="button" disabled>
            {t('notice_open_mail')}
          </button>
        )}
        <button type="button" disabled={off} onClick={() => props.onChannel('clipboard')}>
          {t('notice_copy')}
        </button>
        <button type="button" disabled={off} onClick={() => props.onChannel('eml')}>
          {t('notice_download_eml')}
        </button>
        <button type="button" disabled={off} onClick={() => props.onChannel('case-file')}>
          {t('notice_download_case')}
        </button>
        {props.formUrl ? (
          <button type="button" disabled={off} onClick={() => props.onChannel('report-page')}>
            {t('notice_open_form', props.formLabel ?? new URL(props.formUrl).host)}
          </button>
        ) : null}
        {props.endpoints.map((e) => (
          <button
            key={e}
            type="button"
            disabled={off || props.sent}
            onClick={() => setConfirming(e)}
            aria-label={t('notice_send_to', e)}
          >
            {t('notice_send_to', new URL(e).host)}
          </button>
        ))}
        <button type="button" disabled={off || props.sent} onClick={props.onMarkSent}>
          {props.sent ? t('notice_marked_sent') : t('notice_mark_sent')}
        </button>
      </div>
      {!mail.ok && mail.reason === 'bad-recipient' ? (
        <p class="muted" role="status">
          {mail.message}
        </p>
      ) : null}
      {!mail.ok && mail.reason === 'too-long' ? (
        <p class="muted">{t('notice_mail_too_long', mail.length ?? 0)}</p>
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
