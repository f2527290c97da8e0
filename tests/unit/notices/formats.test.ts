import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildNotices } from '../../../utils/notices/build';
import { PERJURY_MARKER } from '../../../utils/notices/declarations';
import type { NoticeDraft } from '../../../utils/notices/types';
import { NOW, brand, consumer, holder, input, item, usTm } from './fixtures';

// Golden files: the exact text each format produces, reviewed by a person. Regenerate with
// UPDATE_GOLDEN=1 npx vitest run tests/unit/notices, then read the diff before committing.
const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const render = (d: NoticeDraft[]) =>
  d.map((n) => `To: ${n.recipient ?? ''}\nSubject: ${n.subject}\n\n${n.text}\n`).join('\n=====\n');

function golden(name: string, drafts: NoticeDraft[]) {
  const file = join(GOLDEN, `${name}.txt`);
  const got = render(drafts);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, got);
  }
  expect(got).toBe(readFileSync(file, 'utf8'));
}

const ali = (n: number) =>
  item(n, {
    url: `https://www.aliexpress.com/item/10050061234${String(n).padStart(5, '0')}.html?spm=a2g0o.x&algo_pvid=y`,
    listingId: `10050061234${String(n).padStart(5, '0')}`,
    marketplace: 'aliexpress',
  });
const aliMarket = {
  name: 'AliExpress',
  reportUrl: 'https://ipp.alibabagroup.com/',
  perNoticeLimit: 300,
  country: 'CN',
};
const cnTm = { type: 'trademark' as const, number: 'G1234567', office: 'CNIPA', jurisdictions: ['CN'], classes: [9] };

describe('notice formats (golden)', () => {
  it('DSA Art. 16 email for a consumer', () => {
    golden(
      'dsa-email',
      buildNotices(
        input({
          format: 'dsa-email',
          profile: consumer,
          items: [item(1, { note: 'Sold at a fraction of the price;\nthe box photo shows a misspelt logo.' })],
          right: null,
        }),
      ),
    );
  });
  it("rights holder's IP notice with a test buy", () => {
    golden(
      'ip-notice',
      buildNotices(
        input({
          items: [
            item(1, {
              testBuy: {
                orderId: '302-1234567-7654321',
                date: '2026-02-20',
                findings: 'No serial number; wrong charging port.',
              },
            }),
            item(2),
          ],
        }),
      ),
    );
  });
  it('agent IP notice names the principal', () => {
    const d = buildNotices(input({ profile: { ...holder, role: 'agent', organisation: 'BrandGuard Ltd' } }));
    expect(d[0].text).toContain('authorised to act on behalf of Bose Corporation');
  });
  it('Alibaba IPP block', () => {
    golden(
      'alibaba-ipp',
      buildNotices(
        input({
          format: 'alibaba-ipp',
          marketplace: 'aliexpress',
          market: aliMarket,
          right: cnTm,
          items: [ali(1), ali(2), ali(3)],
        }),
      ),
    );
  });
  it('Amazon ASIN list', () => {
    golden(
      'amazon',
      buildNotices(
        input({
          format: 'amazon',
          items: [
            item(1, { testBuy: { orderId: '302-1234567-7654321', date: '2026-02-20', findings: 'Fake.' } }),
            item(2),
          ],
        }),
      ),
    );
  });
  it('eBay VeRO with reason codes and extra fields', () => {
    const e = (n: number, type: 'COUNTERFEIT' | 'UNLAWFUL_IMPORT') =>
      item(n, {
        type,
        url: `https://www.ebay.com/itm/25612345678${n}?_trkparms=x&hash=item3`,
        listingId: `25612345678${n}`,
        marketplace: 'ebay',
      });
    golden(
      'ebay-vero',
      buildNotices(
        input({
          format: 'ebay-vero',
          marketplace: 'ebay',
          market: { name: 'eBay US', reportUrl: 'https://www.ebay.com/vero', perNoticeLimit: 50, country: 'US' },
          right: usTm,
          items: [e(1, 'COUNTERFEIT'), e(2, 'UNLAWFUL_IMPORT')],
          extra: { countries: 'US', messageToSeller: 'These items infringe our trademark.' },
        }),
      ),
    );
  });
  it('Etsy with the full contact block', () => {
    golden(
      'etsy',
      buildNotices(
        input({
          format: 'etsy',
          marketplace: 'etsy',
          market: { name: 'Etsy', reportUrl: 'https://www.etsy.com/ipreport', perNoticeLimit: 50, country: 'US' },
          right: usTm,
          items: [
            item(1, {
              url: 'https://www.etsy.com/listing/1234567890/bose-style?ref=sr_gallery-1-1',
              listingId: '1234567890',
              marketplace: 'etsy',
              type: 'TRADEMARK_MISUSE_IN_LISTING',
            }),
          ],
        }),
      ),
    );
  });
  it('triage email goes to the alliance address from the pack', () => {
    const d = buildNotices(input({ format: 'triage-email', profile: consumer, right: null }));
    expect(d[0].recipient).toBe(brand.contacts.triageEmail);
    golden('triage-email', d);
  });
  it('handover goes to the brand staff address', () => {
    expect(buildNotices(input({ format: 'handover', profile: { ...consumer, role: 'reviewer' } }))[0].recipient).toBe(
      'brandprotection@example.com',
    );
  });
});

describe('role-aware declarations', () => {
  it('never puts a perjury statement in a consumer or reviewer notice', () => {
    for (const role of ['consumer', 'reviewer'] as const) {
      for (const format of ['dsa-email', 'triage-email', 'handover', 'ip-notice', 'etsy', 'ebay-vero'] as const) {
        const d = buildNotices(input({ format, profile: { ...consumer, role } }));
        expect(d[0].text.toLowerCase()).not.toContain(PERJURY_MARKER);
      }
    }
  });
  it('puts it in rights-holder IP notices and not in their DSA notices', () => {
    expect(buildNotices(input())[0].text.toLowerCase()).toContain(PERJURY_MARKER);
    expect(buildNotices(input({ format: 'dsa-email' }))[0].text.toLowerCase()).not.toContain(PERJURY_MARKER);
  });
});

describe('splitting at platform limits', () => {
  it('splits IPP at 300 URLs, one per line', () => {
    const items = Array.from({ length: 650 }, (_, i) => ali(i + 1));
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
    expect(
      buildNotices(
        input({
          format: 'amazon',
          items,
          market: { name: 'Amazon.de', reportUrl: 'https://www.amazon.de/r', perNoticeLimit: 40, country: 'DE' },
        }),
      ).map((n) => n.flagIds.length),
    ).toEqual([40, 40, 40]);
  });
  it('is deterministic for a fixed clock', () => {
    expect(render(buildNotices(input({ now: NOW })))).toBe(render(buildNotices(input({ now: NOW }))));
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
    expect(d[0].text).toContain('Listing title: "Bose Bcc: x@evil.example I declare under penalty of perjury"');
  });
});
