import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ComposedNotice } from '../../utils/cases/types';
import { sendMessage } from '../../utils/messaging';
import { blocking, checkText } from '../../utils/notices/checks';
import type { Role } from '../../utils/profile';
import { Channels, type ChannelId } from './Channels';
import { download } from './download';
import { PreSendChecks } from './PreSendChecks';

/** One notice: the full text to review and edit, its checks, and the ways to send it. */
export function NoticeCard(props: {
  notice: ComposedNotice;
  role: Role;
  title: string;
  reportUrl: string | null;
  endpoints: string[];
}) {
  const n = props.notice;
  const [recipient, setRecipient] = useState(n.recipient ?? '');
  const [subject, setSubject] = useState(n.subject);
  const [text, setText] = useState(n.text);
  const [savedId, setSavedId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; message: string } | null>(null);
  const problems = [
    ...n.problems.filter((p) => p.code !== 'perjury-role' && p.code !== 'empty'),
    ...checkText(props.role, text),
  ];

  async function save(state: 'draft' | 'sent', channel: ChannelId | null): Promise<number | null> {
    const r = await sendMessage('ui:notice-save', {
      ...(savedId ? { id: savedId } : {}),
      format: n.format,
      marketplace: n.marketplace,
      subject,
      text,
      recipient: recipient.trim() || null,
      flagIds: n.flagIds,
      status: state,
      channel,
    });
    if (!r.ok) {
      setStatus({ tone: 'error', message: r.error });
      return null;
    }
    setSavedId(r.id);
    return r.id;
  }

  async function run(channel: ChannelId, endpoint?: string) {
    setBusy(true);
    setStatus(null);
    try {
      if (channel === 'post' && endpoint) {
        const granted = await browser.permissions
          .request({ origins: [`${new URL(endpoint).origin}/*`] })
          .catch(() => false);
        if (!granted)
          return setStatus({
            tone: 'error',
            message: 'Listing Lens needs your permission to contact that address. Nothing was sent.',
          });
      }
      const id = await save('draft', channel);
      if (id === null) return;
      if (channel === 'clipboard' || channel === 'report-page') {
        await navigator.clipboard.writeText(`${subject}\n\n${text}`);
        if (channel === 'report-page' && props.reportUrl)
          window.open(props.reportUrl, '_blank', 'popup,width=900,height=900');
        setStatus({
          tone: 'ok',
          message:
            channel === 'clipboard'
              ? 'Copied. Paste it where the platform asks, then mark it as sent.'
              : 'Copied; paste it into the report page, then mark it as sent.',
        });
      } else if (channel === 'eml' || channel === 'case-file') {
        const f = await sendMessage('ui:notice-file', { noticeId: id, kind: channel });
        if (!f.ok) return setStatus({ tone: 'error', message: f.error });
        download(f.filename, f.mime, f);
        setStatus({ tone: 'ok', message: `Saved ${f.filename}.` });
      } else if (channel === 'post' && endpoint) {
        const r = await sendMessage('ui:notice-post', { noticeId: id, endpoint, confirmed: true });
        setStatus(
          r.ok
            ? { tone: 'ok', message: `Sent; the endpoint answered ${r.status}.` }
            : { tone: 'error', message: r.error },
        );
      } else {
        setStatus({
          tone: 'ok',
          message: 'Your mail app should open with the notice. Mark it as sent once you have sent it.',
        });
      }
    } catch (e) {
      setStatus({ tone: 'error', message: String((e as Error).message ?? e) });
    } finally {
      setBusy(false);
    }
  }

  async function markSent() {
    setBusy(true);
    const id = await save('sent', null).finally(() => setBusy(false));
    if (id !== null)
      setStatus({
        tone: 'ok',
        message: 'Recorded as sent. Record the outcome in the history when the platform decides.',
      });
  }

  const slug = props.title.replace(/[^A-Za-z0-9]+/g, ' ').trim();
  return (
    <article class="card" aria-label={props.title}>
      <h3>{props.title}</h3>
      <label for={`ll-to-${slug}`}>Recipient email</label>
      <input
        id={`ll-to-${slug}`}
        value={recipient}
        onInput={(e) => setRecipient(e.currentTarget.value)}
        placeholder="Where the notice goes, if by email"
      />
      <label for={`ll-subject-${slug}`}>Subject</label>
      <input id={`ll-subject-${slug}`} value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      <label for={`ll-text-${slug}`}>Notice text</label>
      <textarea
        id={`ll-text-${slug}`}
        rows={18}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        style={{ fontFamily: 'ui-monospace, monospace', fontSize: '12px' }}
      />
      <PreSendChecks problems={problems} />
      <Channels
        recipient={recipient.trim() || null}
        subject={subject}
        text={text}
        blocked={blocking(problems)}
        reportUrl={props.reportUrl}
        endpoints={props.endpoints}
        busy={busy}
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
