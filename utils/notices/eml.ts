import { toBase64 } from '../bytes';
import { isPlainAddress } from './mailto';
import { oneLine } from './text';

// A draft email as an .eml file (RFC 5322 + MIME): the notice as UTF-8 text, the evidence as
// attachments. Header values are single lines, non-ASCII goes in RFC 2047 encoded words, and
// addresses are checked, so nothing in a listing can add or bend a header.

/** Base64 body lines of at most 76 characters (RFC 2045). */
const wrap76 = (s: string) => s.replace(/.{1,76}/g, '$&\r\n').replace(/\r\n$/, '');

interface EmlAttachment {
  filename: string;
  mime: string;
  bytes: Uint8Array;
}
export interface EmlInput {
  from: { name: string; email: string };
  to: string | null;
  subject: string;
  text: string;
  attachments: EmlAttachment[];
  date: Date;
  /** Boundary seed; fixed in tests so output is stable. */
  boundary?: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** RFC 2047 encoded words for non-ASCII header text; plain ASCII stays as it is. */
export function encodeHeader(value: string): string {
  const v = oneLine(value, 900);
  if (/^[\x20-\x7e]*$/.test(v)) return v;
  const words: string[] = [];
  let cur = '';
  for (const ch of v) {
    if (utf8(cur + ch).length > 45) {
      words.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) words.push(cur);
  return words.map((w) => `=?UTF-8?B?${toBase64(utf8(w))}?=`).join('\r\n ');
}

function mailbox(name: string, email: string): string | null {
  if (!isPlainAddress(email)) return null;
  const n = oneLine(name, 200);
  if (!n) return email;
  const display = /^[\x20-\x7e]*$/.test(n) ? `"${n.replace(/["\\]/g, '')}"` : encodeHeader(n);
  return `${display} <${email}>`;
}

const safeFilename = (f: string) => f.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'file';

export function buildEml(m: EmlInput): string {
  const boundary = `=_listing-lens_${m.boundary ?? crypto.randomUUID().replace(/-/g, '')}`;
  const from = mailbox(m.from.name, m.from.email);
  const to = m.to && isPlainAddress(m.to) ? m.to : null;
  const head = [
    from && `From: ${from}`,
    to && `To: ${to}`,
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${m.date.toUTCString().replace('GMT', '+0000')}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ].filter(Boolean);
  const parts = [
    [
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      wrap76(toBase64(utf8(m.text.replace(/\r\n?|\n/g, '\r\n')))),
    ].join('\r\n'),
    ...m.attachments.map((a) => {
      const name = safeFilename(a.filename);
      const mime = /^[\w.+-]+\/[\w.+-]+$/.test(a.mime) ? a.mime : 'application/octet-stream';
      return [
        `Content-Type: ${mime}; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        wrap76(toBase64(a.bytes)),
      ].join('\r\n');
    }),
  ];
  return `${head.join('\r\n')}\r\n\r\nThis is a multi-part message in MIME format.\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}
