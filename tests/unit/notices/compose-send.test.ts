import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDb } from '../../../utils/db';
import { flagHandlers, type FlagContext } from '../../../utils/cases/handlers';
import { postNotice } from '../../../utils/notices/send';
import { ensureBundledPack, forgetActiveEngine } from '../../../utils/packs/active';
import { saveProfile } from '../../../utils/profile';
import { packHandlers } from '../../../utils/packs/handlers';
import { toBase64 } from '../../../utils/bytes';
import { makePack, packBytes, publisher, signed } from '../packs/helpers';
import { consumer } from './fixtures';

const listing = (id: string) => ({
  title: `Bose QC45 replica ${id}`,
  price: null,
  seller: { name: 'CheapAudio', id: null, url: null },
  brand: 'Bose',
  listingId: id,
  url: `https://www.amazon.com/dp/${id}`,
  image: null,
  condition: null,
  sponsored: null,
});
const verdict = (id: string) => ({
  listingId: id,
  level: 'suspect' as const,
  score: 90,
  reasons: [{ signal: 'coded-wording' as const, weight: 40, message: '"replica" next to the brand', evidence: {} }],
  brandId: 'bose',
});

let ctx: FlagContext;
async function flag(id: string, type: 'COUNTERFEIT' | 'TRADEMARK_MISUSE_IN_LISTING' = 'COUNTERFEIT') {
  const r = await flagHandlers['ui:flag-create'](
    {
      url: `https://www.amazon.com/dp/${id}`,
      marketplace: 'amazon',
      listing: listing(id),
      verdict: verdict(id),
      type,
      note: '',
      testBuy: null,
      capture: null,
    },
    ctx,
  );
  if (!r.ok) throw new Error(r.error);
  return r.flagId;
}

beforeEach(async () => {
  fakeBrowser.reset();
  forgetActiveEngine();
  ctx = { db: openDb(`compose-${Math.random()}`), senderUrl: null, tabId: null };
  await ensureBundledPack(ctx.db);
  await saveProfile(ctx.db, {
    name: 'Dana Keller',
    organisation: 'Bose Corporation',
    email: 'dana@example.com',
    phone: '+1 508 555 0100',
    address: '1 Example Road, Framingham MA',
    role: 'rights-holder',
    signature: '',
  });
});

describe('composing from the pack', () => {
  it("invokes the brand's right that covers the marketplace's country, with no blocking problem", async () => {
    const id = await flag('B0DEMO0001');
    const c = await flagHandlers['ui:notice-compose']({ flagIds: [id], format: 'ip-notice', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    expect(c.formats).toContain('alibaba-ipp');
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0]).toMatchObject({
      marketplace: 'amazon',
      brand: 'Bose',
      right: '9900001',
      reportUrl: 'https://www.amazon.com/report/infringement',
      endpoints: [],
    });
    const n = c.groups[0].notices[0];
    expect(n.text).toContain('Trademark No. 9900001 (USPTO, class 9; covers US');
    expect(n.text).toContain('under penalty of perjury');
    expect(n.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('groups a basket into one Amazon notice per infringement type', async () => {
    const ids = [
      await flag('B0DEMO0001'),
      await flag('B0DEMO0002'),
      await flag('B0DEMO0003', 'TRADEMARK_MISUSE_IN_LISTING'),
    ];
    const c = await flagHandlers['ui:notice-compose']({ flagIds: ids, format: 'amazon', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    expect(c.groups.map((g) => g.notices[0].flagIds)).toEqual([[ids[0], ids[1]], [ids[2]]]);
  });
});

describe('destinations: where a notice goes comes only from a verified pack', () => {
  const asConsumer = () => saveProfile(ctx.db, consumer);

  it("a consumer's DSA notice opens the platform's form, with its checklist, never a rights-owner form", async () => {
    await asConsumer();
    const id = await flag('B0DEMO0001');
    const c = await flagHandlers['ui:notice-compose']({ flagIds: [id], format: 'dsa-email', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    const { route, reportUrl } = c.groups[0];
    expect(route).toMatchObject({
      trust: 'active',
      example: true,
      formUrl: expect.stringMatching(/^https:\/\/www\.amazon\./),
    });
    expect(route.fields).toContain('Bona fide statement');
    expect(reportUrl).not.toBe('https://www.amazon.com/report/infringement');
    expect(c.formats).toEqual(['dsa-email', 'triage-email']);
  });

  it("the triage notice goes to the brand's triage address in the verified pack", async () => {
    await asConsumer();
    const id = await flag('B0DEMO0001');
    const c = await flagHandlers['ui:notice-compose']({ flagIds: [id], format: 'triage-email', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    expect(c.groups[0].notices[0].recipient).toBe('triage@alliance.example.org');
  });

  it("an unverified pack changes no destination: the bundled pack's are used, and the composer says so", async () => {
    await asConsumer();
    const pub = await publisher();
    const evil = makePack(pub.keyId, (p) => {
      for (const b of p.brands) b.contacts.triageEmail = 'harvest@evil.example';
      for (const m of Object.values(p.marketplaces)) m.reportUrl = 'https://evil.example/report';
      p.destinations = [
        { marketplace: '*', kind: 'triage', roles: ['consumer'], label: 'Evil', email: 'x@evil.example', fields: [] },
        {
          marketplace: 'amazon',
          kind: 'dsa',
          roles: ['consumer'],
          label: 'Evil',
          formUrl: 'https://evil.example/f',
          fields: [],
        },
      ];
    });
    const imported = await packHandlers['ui:pack-import'](
      { fileName: 'p.json', base64: toBase64(packBytes(evil)), allowUnverified: true },
      ctx.db,
    );
    expect(imported).toMatchObject({ ok: true });
    forgetActiveEngine();
    const id = await flag('B0DEMO0001');
    for (const format of ['triage-email', 'dsa-email'] as const) {
      const c = await flagHandlers['ui:notice-compose']({ flagIds: [id], format, extra: {} }, ctx);
      if (!c.ok) throw new Error(c.error);
      const g = c.groups[0];
      expect(JSON.stringify(g)).not.toContain('evil.example');
      expect(g.route).toMatchObject({ trust: 'fallback', fallbackPack: expect.stringMatching(/demo/i) });
    }
  });
});

describe('POST to a pack endpoint', () => {
  it('refuses an address the pack does not name, without contacting it', async () => {
    const id = await flag('B0DEMO0001');
    const saved = await flagHandlers['ui:notice-save'](
      {
        format: 'ip-notice',
        marketplace: 'amazon',
        subject: 'S',
        text: 'T',
        recipient: null,
        flagIds: [id],
        status: 'draft',
        channel: 'post',
      },
      ctx,
    );
    if (!saved.ok) throw new Error(saved.error);
    const fetcher = vi.fn();
    const r = await postNotice(
      ctx.db,
      { noticeId: saved.id, endpoint: 'https://evil.example/collect', confirmed: true },
      fetcher as never,
    );
    expect(r).toMatchObject({ ok: false });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('POSTs the stored notice to an endpoint a signed pack names, and records it as sent', async () => {
    const pub = await publisher();
    await ctx.db.trustedKeys.put(pub.row);
    const pack = makePack(pub.keyId, (p) => {
      p.brands.find((b) => b.id === 'bose')!.contacts.endpoints = ['https://notices.alliance.example/v1'];
    });
    const imported = await packHandlers['ui:pack-import'](
      { fileName: 'p.signed', base64: toBase64(await signed(pack, pub.keyText)), allowUnverified: false },
      ctx.db,
    );
    expect(imported, JSON.stringify(imported).slice(0, 300)).toMatchObject({ ok: true });
    forgetActiveEngine();
    const id = await flag('B0DEMO0001');
    const c = await flagHandlers['ui:notice-compose']({ flagIds: [id], format: 'ip-notice', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    expect(c.groups[0].endpoints).toEqual(['https://notices.alliance.example/v1']);
    const saved = await flagHandlers['ui:notice-save'](
      {
        format: 'ip-notice',
        marketplace: 'amazon',
        subject: 'S',
        text: 'T',
        recipient: null,
        flagIds: [id],
        status: 'draft',
        channel: 'post',
      },
      ctx,
    );
    if (!saved.ok) throw new Error(saved.error);
    const fetcher = vi.fn(async () => new Response(null, { status: 202 }));
    expect(
      await postNotice(
        ctx.db,
        { noticeId: saved.id, endpoint: 'https://notices.alliance.example/v1', confirmed: true },
        fetcher as never,
      ),
    ).toEqual({ ok: true, status: 202 });
    const [, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(JSON.parse(init.body as string)).toMatchObject({
      text: 'T',
      urls: ['https://www.amazon.com/dp/B0DEMO0001'],
      notifier: { email: 'dana@example.com' },
    });
    expect(await ctx.db.notices.get(saved.id)).toMatchObject({ status: 'sent', channel: 'post' });
    expect(await ctx.db.flags.get(id)).toMatchObject({ status: 'sent' });
  });
});
