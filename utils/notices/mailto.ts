import { oneLine } from './text';
import { t } from '../i18n';

// mailto: links per RFC 6068. Every character that could end a field or start a new header
// (CR, LF, &, =, ?, #, %) is percent-encoded, and the recipient must be one plain address,
// so listing text can never add a recipient, a Bcc or a header.
export const MAILTO_MAX = 2_000;

export type MailtoResult =
  | { ok: true; href: string }
  | { ok: false; reason: 'too-long' | 'bad-recipient'; message: string; length?: number };

const ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
export const isPlainAddress = (s: string) => s.length <= 254 && ADDRESS.test(s);

export function buildMailto(m: { to: string | null; subject: string; body: string }): MailtoResult {
  const to = (m.to ?? '').trim();
  if (to && !isPlainAddress(to)) {
    return { ok: false, reason: 'bad-recipient', message: t('bg_mail_bad_recipient', oneLine(to, 80)) };
  }
  const subject = encodeURIComponent(oneLine(m.subject, 500));
  const body = encodeURIComponent(m.body.replace(/\r\n?|\n/g, '\r\n'));
  const href = `mailto:${to}?subject=${subject}&body=${body}`;
  if (href.length > MAILTO_MAX) {
    return {
      ok: false,
      reason: 'too-long',
      length: href.length,
      message: t('bg_mail_too_long', href.length, MAILTO_MAX),
    };
  }
  return { ok: true, href };
}
