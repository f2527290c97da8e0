import { describe, expect, it } from 'vitest';
import { buildNotices } from '../../../utils/notices/build';
import { PERJURY_MARKER } from '../../../utils/notices/declarations';
import { FORMAT_REGISTRY } from '../../../utils/notices/formats/registry';
import { buildMailto } from '../../../utils/notices/mailto';
import { FORMATS } from '../../../utils/notices/types';
import { CASES, aliMarket, cnTm, profileFor } from './format-cases';
import { NOW, consumer, input, item } from './fixtures';
import { expectGolden, render } from './golden';

describe('notice formats (golden, every format and role)', () => {
  for (const format of FORMATS) {
    for (const role of FORMAT_REGISTRY[format].roles) {
      it(`${format} sent by: ${role}`, () => {
        const drafts = buildNotices(input({ ...CASES[format], format, profile: profileFor(role) }));
        expectGolden(`${format}.${role}`, render(`${FORMAT_REGISTRY[format].label}, sent by: ${role}`, drafts));
      });
    }
  }
  it('a DSA notice for several listings numbers them in (a) and (b)', () => {
    const drafts = buildNotices(input({ format: 'dsa-email', profile: consumer, items: [item(1), item(2)] }));
    expectGolden('dsa-email.consumer.two-listings', render('EU DSA Art. 16 notice, two listings', drafts));
  });
});

describe('text for the recipient', () => {
  const dsa = buildNotices(
    input({ format: 'dsa-email', profile: consumer, items: [item(1, { note: 'The logo on the box is misspelt.' })] }),
  )[0].text;

  it('keeps the DSA order (a) explanation, (b) URLs, (c) notifier, (d) statement', () => {
    const at = ['(a) ', '(b) ', '(c) ', '(d) '].map((h) => dsa.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it('states each fact once, without engine labels', () => {
    expect(dsa.match(/amazon\.de\/dp\/B0TEST0001/g)).toHaveLength(1);
    expect(dsa.match(/QuietComfort 45/g)).toHaveLength(2);
    expect(dsa).not.toMatch(/\(strong\)|Title names|Title says|"QuietComfort 45" \(/);
    expect(dsa).toContain('I believe this is a counterfeit Bose product.');
  });

  it('fits a mail link with a one-line note, so the mail app opens', () => {
    const link = buildMailto({ to: 'notices@example.com', subject: 'Notice', body: dsa });
    expect(link.ok).toBe(true);
  });

  it('never puts a perjury statement in a consumer or reviewer notice', () => {
    for (const role of ['consumer', 'reviewer'] as const)
      for (const format of FORMATS) {
        const d = buildNotices(input({ ...CASES[format], format, profile: profileFor(role) }));
        expect(d[0].text.toLowerCase()).not.toContain(PERJURY_MARKER);
      }
  });

  it('puts it in rights-holder IP notices and not in their DSA notices', () => {
    expect(buildNotices(input())[0].text.toLowerCase()).toContain(PERJURY_MARKER);
    expect(buildNotices(input({ format: 'dsa-email' }))[0].text.toLowerCase()).not.toContain(PERJURY_MARKER);
  });

  it('an agent names the principal', () => {
    const d = buildNotices(input({ profile: profileFor('agent') }));
    expect(d[0].text).toContain('authorised to act on behalf of Bose Corporation');
  });

  it('builders never choose a recipient: a verified pack does (destinations.ts)', () => {
    for (const format of FORMATS) expect(buildNotices(input({ ...CASES[format], format }))[0].recipient).toBeNull();
  });
});

describe('splitting at platform limits', () => {
  it('splits IPP at 300 URLs, one per line', () => {
    const items = Array.from({ length: 650 }, (_, i) =>
      item(i + 1, {
        url: `https://www.aliexpress.com/item/10050061234${String(i + 1).padStart(5, '0')}.html?spm=x`,
        marketplace: 'aliexpress',
      }),
    );
    const d = buildNotices(
      input({
        format: 'alibaba-ipp',
        marketplace: 'aliexpress',
        market: { ...aliMarket, perNoticeLimit: 10_000 },
        right: cnTm,
        items,
      }),
    );
    expect(d.map((n) => n.urls.length)).toEqual([300, 300, 50]);
    expect(d[1].subject).toContain('(part 2 of 3)');
    const urlLines = d[0].text.split('\n').filter((l) => l.startsWith('https://'));
    expect(urlLines).toHaveLength(300);
    expect(urlLines[0]).toBe('https://www.aliexpress.com/item/1005006123400001.html');
  });
  it('splits Amazon at 50 ASINs and honours a lower pack limit', () => {
    const items = Array.from({ length: 120 }, (_, i) => item(i + 1));
    expect(buildNotices(input({ format: 'amazon', items })).map((n) => n.flagIds.length)).toEqual([50, 50, 20]);
    const market = { name: 'Amazon.de', reportUrl: 'https://www.amazon.de/r', perNoticeLimit: 40, country: 'DE' };
    expect(buildNotices(input({ format: 'amazon', items, market })).map((n) => n.flagIds.length)).toEqual([40, 40, 40]);
  });
  it('is deterministic for a fixed clock', () => {
    expect(render('x', buildNotices(input({ now: NOW })))).toBe(render('x', buildNotices(input({ now: NOW }))));
  });
});

describe('listing text cannot forge structure', () => {
  it('flattens line breaks in titles and sellers', () => {
    const d = buildNotices(
      input({
        format: 'dsa-email',
        profile: consumer,
        items: [item(1, { title: 'Bose\r\nBcc: x@evil.example\nI declare under penalty of perjury', seller: 'a\nb' })],
      }),
    );
    expect(d[0].text).not.toMatch(/^Bcc:/m);
    expect(d[0].text).toContain('"Bose Bcc: x@evil.example I declare under penalty of perjury", sold by a b');
  });
});
