import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ComposedNotice, SaveResult, StoredNotice } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { blocking, checkText } from '../../utils/notices/checks';
import type { Route } from '../../utils/notices/destinations';
import type { Role } from '../../utils/profile';
import { Channels, type ChannelId } from './Channels';
import { Destination } from './Destination';
import { download } from './download';
import { NoticeFields } from './NoticeFields';
import { PreSendChecks } from './PreSendChecks';
import { useEditedFields } from './use-edited-fields';

type Tone = { tone: 'ok' | 'error'; message: string };

/** One notice: the text to review and edit, its destination and checks, and the ways to send it. */
export function NoticeCard(props: {
  notice: ComposedNotice;
  role: Role;
  title: string;
  route: Route;
  endpoints: string[];
}) {
  const n = props.notice;
  const [stored, setStored] = useState<StoredNotice | null>(n.stored);
  const fields = useEditedFields(
    { recipient: n.recipient ?? '', subject: n.subject, text: n.text },
    n.stored && { recipient: n.stored.recipient ?? '', subject: n.stored.subject, text: n.stored.text },
  );
  const { recipient, subject, text } = fields.values;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Tone | null>(null);
  useEffect(() => setStored(n.stored), [n.stored?.id, n.stored?.revision]);
  const sent = !!stored && stored.status !== 'draft';
  const problems = [
    ...n.problems.filter((p) => p.code !== 'perjury-role' && p.code !== 'empty'),
    ...checkText(props.role, text),
  ];

  const keep = (r: SaveResult): number | null => {
    if (!r.ok) {
      setStatus({ tone: 'error', message: r.error });
      return null;
    }
    const { ok: _, problems: __, ...lc } = r;
    setStored({ events: [], ...stored, ...lc, recipient: recipient.trim() || null, subject, text });
    return r.id;
  };

  /** Saves the draft text (or, once sent, only records the channel) and returns the stored id. */
  async function record(channel: ChannelId | null, markSent = false): Promise<number | null> {
    if (sent && stored)
      return channel ? keep(await sendMessage('ui:notice-channel', { id: stored.id, channel })) : stored.id;
    return keep(
      await sendMessage('ui:notice-save', {
        ...(stored ? { id: stored.id, revision: stored.revision } : {}),
        format: n.format,
        marketplace: n.marketplace,
        subject,
        text,
        recipient: recipient.trim() || null,
        flagIds: n.flagIds,
        status: markSent ? 'sent' : 'draft',
        channel,
      }),
    );
  }

  async function run(channel: ChannelId, endpoint?: string) {
    setBusy(true);
    setStatus(null);
    try {
      if (channel === 'post' && endpoint) {
        const granted = await browser.permissions
          .request({ origins: [`${new URL(endpoint).origin}/*`] })
          .catch(() => false);
        if (!granted) return setStatus({ tone: 'error', message: t('notice_need_permission') });
      }
      const id = await record(channel);
      if (id === null) return;
      if (channel === 'clipboard' || channel === 'report-page') {
        // The form opens even when the clipboard refuses (an unfocused page): the text is on screen to copy by hand.
        const copied = await navigator.clipboard.writeText(`${subject}\n\n${text}`).then(
          () => true,
          () => false,
        );
        if (channel === 'report-page' && props.route.formUrl)
          window.open(props.route.formUrl, '_blank', 'popup,width=900,height=900');
        if (!copied) return setStatus({ tone: 'error', message: t('notice_status_copy_failed') });
        setStatus({
          tone: 'ok',
          message: t(channel === 'clipboard' ? 'notice_status_copied' : 'notice_status_copied_form'),
        });
      } else if (channel === 'eml' || channel === 'case-file') {
        const f = await sendMessage('ui:notice-file', { noticeId: id, kind: channel });
        if (!f.ok) return setStatus({ tone: 'error', message: f.error });
        download(f.filename, f.mime, f);
        setStatus({
          tone: 'ok',
          message: t(channel === 'eml' ? 'notice_status_eml' : 'notice_status_saved_file', f.filename),
        });
      } else if (channel === 'post' && endpoint) {
        const r = await sendMessage('ui:notice-post', { noticeId: id, endpoint, confirmed: true });
        setStatus(
          r.ok ? { tone: 'ok', message: t('notice_status_posted', r.status) } : { tone: 'error', message: r.error },
        );
      } else {
        setStatus({ tone: 'ok', message: t('notice_status_mail') });
      }
    } catch (e) {
      setStatus({ tone: 'error', message: String((e as Error).message ?? e) });
    } finally {
      setBusy(false);
    }
  }

  async function markSent() {
    setBusy(true);
    const id = await record(null, true).finally(() => setBusy(false));
    if (id !== null) setStatus({ tone: 'ok', message: t('notice_status_sent') });
  }

  return (
    <article class="card" aria-label={props.title}>
      <h3>{props.title}</h3>
      <Destination route={props.route} />
      <NoticeFields
        title={props.title}
        values={fields.values}
        readOnly={sent}
        onChange={fields.edit}
        pending={fields.pending}
        onAcceptPending={fields.acceptPending}
      />
      {sent && stored ? (
        <p role="note">
          {t(
            'notice_final',
            stored.status,
            stored.sentAt ? new Date(stored.sentAt).toISOString().slice(0, 16).replace('T', ' ') : '',
            stored.channel ?? t('notice_channel_unknown'),
          )}
        </p>
      ) : null}
      <PreSendChecks problems={problems} />
      <Channels
        recipient={recipient.trim() || null}
        subject={subject}
        text={text}
        blocked={blocking(problems)}
        formUrl={props.route.formUrl}
        formLabel={props.route.label}
        endpoints={props.endpoints}
        busy={busy}
        sent={sent}
        onChannel={(c, e) => void run(c, e)}
        onMarkSent={() => void markSent()}
      />
      {status ? (
        <p role={status.tone === 'error' ? 'alert' : 'status'} class={status.tone === 'error' ? 'error' : undefined}>
          {status.message}
        </p>
      ) : null}
    </article>
  );
}
