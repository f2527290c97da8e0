import { describe, expect, it } from 'vitest';
import { MAILTO_MAX, buildMailto } from '../../../utils/notices/mailto';

const parse = (href: string) => {
  const u = new URL(href);
  return { to: decodeURIComponent(u.pathname), params: [...u.searchParams.entries()] };
};

describe('mailto builder', () => {
  it('encodes subject and body per RFC 6068 with CRLF line breaks', () => {
    const r = buildMailto({ to: 'notice@example.com', subject: 'Réplica & co?', body: 'Line 1\nLine 2 = 100%' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.href).toBe(
      'mailto:notice@example.com?subject=R%C3%A9plica%20%26%20co%3F&body=Line%201%0D%0ALine%202%20%3D%20100%25',
    );
    expect(parse(r.href).params).toEqual([
      ['subject', 'Réplica & co?'],
      ['body', 'Line 1\r\nLine 2 = 100%'],
    ]);
  });
  it('cannot gain headers or recipients from listing text', () => {
    const evil = 'Bose\r\nBcc: spy@evil.example&bcc=spy@evil.example&cc=x@y.z#frag?to=a@b.c';
    const r = buildMailto({ to: 'notice@example.com', subject: evil, body: evil });
    if (!r.ok) throw new Error(r.message);
    const { to, params } = parse(r.href);
    expect(to).toBe('notice@example.com');
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(r.href).not.toMatch(/[\r\n]/);
    expect(r.href).not.toMatch(/&(bcc|cc|to)=/i);
    expect(params[0][1]).not.toMatch(/[\r\n]/);
  });
  it('refuses recipients that are not one plain address', () => {
    for (const to of [
      'a@b.c,spy@evil.example',
      'a@b.c?bcc=spy@evil.example',
      'a@b.c\r\nBcc: x@y.z',
      'Name <a@b.c>',
      'a@b.c&bcc=x@y.z',
    ]) {
      expect(buildMailto({ to, subject: 's', body: 'b' })).toMatchObject({ ok: false, reason: 'bad-recipient' });
    }
    expect(buildMailto({ to: null, subject: 's', body: 'b' })).toEqual({ ok: true, href: 'mailto:?subject=s&body=b' });
  });
  it('says when the text is too long for a URL', () => {
    const r = buildMailto({ to: 'a@b.co', subject: 's', body: 'x'.repeat(MAILTO_MAX) });
    expect(r).toMatchObject({ ok: false, reason: 'too-long' });
    if (!r.ok) expect(r.message).toMatch(/Copy the text, download it as an \.eml/);
  });
});
