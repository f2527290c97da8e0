import { describe, expect, it } from 'vitest';
import { buildEml, encodeHeader } from '../../../utils/notices/eml';

const decodeB64 = (s: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(s.replace(/\r\n/g, '')), (c) => c.charCodeAt(0)));

describe('.eml builder', () => {
  const eml = buildEml({
    from: { name: 'Zoë Keller', email: 'zoe@example.com' },
    to: 'notice@example.com',
    subject: 'Notice: 高仿 Bose\r\nBcc: spy@evil.example',
    text: 'Hello\nworld ✓',
    attachments: [
      { filename: 'flag-1-screenshot.png', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) },
      { filename: '../evil name.html', mime: 'text/html', bytes: new TextEncoder().encode('<p>x</p>') },
    ],
    date: new Date('2026-03-04T10:20:30Z'),
    boundary: 'fixed',
  });
  const cut = eml.indexOf('\r\n\r\n');
  const head = eml.slice(0, cut);
  const rest = eml.slice(cut + 4);

  it('writes single-line, encoded headers and no injected ones', () => {
    const headers = head
      .split('\r\n')
      .filter((l) => !l.startsWith(' '))
      .map((l) => l.split(':')[0]);
    expect(headers).toEqual(['From', 'To', 'Subject', 'Date', 'X-Unsent', 'MIME-Version', 'Content-Type']);
    expect(head).toContain('From: =?UTF-8?B?');
    expect(head).toContain('Date: Wed, 04 Mar 2026 10:20:30 +0000');
    expect(head).not.toMatch(/^Bcc:/im);
  });
  it('round-trips the encoded subject', () => {
    const words = [...encodeHeader('Notice: 高仿 Bose').matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)].map((m) =>
      decodeB64(m[1]),
    );
    expect(words.join('')).toBe('Notice: 高仿 Bose');
  });
  it('carries the text as UTF-8 and the evidence as attachments', () => {
    const parts = rest.split('--=_listing-lens_fixed');
    expect(parts).toHaveLength(5);
    expect(parts[4]).toBe('--\r\n');
    const body = parts[1].split('\r\n\r\n')[1];
    expect(decodeB64(body.trim())).toBe('Hello\r\nworld ✓');
    expect(parts[2]).toContain('Content-Disposition: attachment; filename="flag-1-screenshot.png"');
    expect(parts[2]).toContain('iVBORw==');
    expect(parts[3]).toContain('filename=".._evil_name.html"');
  });
  it('drops a recipient that is not one plain address', () => {
    expect(
      buildEml({
        from: { name: 'a', email: 'a@b.co' },
        to: 'x@y.z\r\nBcc: q@r.s',
        subject: 's',
        text: 't',
        attachments: [],
        date: new Date(0),
      }),
    ).not.toMatch(/^To:/m);
  });
});
