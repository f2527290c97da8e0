import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { openDb } from '../../../utils/db';
import type { Request } from '../../../utils/messages';
import { createRouter } from '../../../utils/background/router';
import { flagHandlers, type FlagContext } from '../../../utils/cases/handlers';
import { saveProfile } from '../../../utils/profile';
import { reviewedFineItem } from '../../../utils/background/page-settings';
import { forgetActiveEngine } from '../../../utils/packs/active';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';
const PAGE = 'https://www.amazon.com/dp/B0DEMO0SUS';
const listing = {
  title: 'B0SE QC45 replica 1:1',
  price: { amount: 39, currency: 'USD' },
  seller: { name: 'CheapAudio', id: null, url: null },
  brand: 'Bose',
  listingId: 'B0DEMO0SUS',
  url: PAGE,
  image: 'https://img.example/a.jpg',
  condition: null,
  sponsored: null,
};
const verdict = {
  listingId: 'B0DEMO0SUS',
  level: 'suspect' as const,
  score: 88,
  reasons: [{ signal: 'coded-wording' as const, weight: 40, message: '"replica" next to the brand', evidence: {} }],
  brandId: null,
};
const create = (over: Partial<Request<'ui:flag-create'>> = {}): Request<'ui:flag-create'> => ({
  url: `${PAGE}?tag=x`,
  marketplace: 'amazon',
  listing,
  verdict,
  type: 'COUNTERFEIT' as const,
  note: 'fake',
  testBuy: null,
  capture: { tabId: 5, pageUrl: PAGE },
  ...over,
});

let ctx: FlagContext;
beforeEach(async () => {
  fakeBrowser.reset();
  forgetActiveEngine();
  ctx = { db: openDb(`flags-${Math.random()}`), senderUrl: 'chrome-extension://x/popup.html', tabId: null };
  (browser.tabs as any).get = vi.fn(async () => ({ id: 5, windowId: 1, active: true, url: PAGE }));
  (browser.tabs as any).captureVisibleTab = vi.fn(async () => PNG);
  (browser.scripting as any).executeScript = vi.fn(async () => [
    {
      frameId: 0,
      result: {
        html: '<!doctype html>\n<p>B0SE</p>',
        url: PAGE,
        title: 'B0SE',
      },
    },
  ]);
  await saveProfile(ctx.db, {
    name: 'Sam Rivera',
    organisation: '',
    email: 'sam@example.org',
    phone: '',
    address: '',
    role: 'consumer',
    signature: '',
  });
});

describe('flag messages', () => {
  it('saves the flag with a clean URL, then captures three hashed artefacts', async () => {
    const r = await flagHandlers['ui:flag-create'](create(), ctx);
    expect(r).toMatchObject({ ok: true, capture: { ok: true, missing: [] } });
    const flag = await ctx.db.flags.get((r as { flagId: number }).flagId);
    expect(flag).toMatchObject({ url: PAGE, type: 'COUNTERFEIT', status: 'draft', listingId: 'B0DEMO0SUS' });
    const ev = await ctx.db.evidence.toArray();
    expect(ev.map((e) => e.kind)).toEqual(['screenshot', 'snapshot', 'fields']);
    expect(ev.every((e) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
    expect(browser.tabs.captureVisibleTab).toHaveBeenCalledWith(1, { format: 'png' });
  });

  it('keeps the flag when storage is full and says so plainly', async () => {
    ctx.db.evidence.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const r = await flagHandlers['ui:flag-create'](create(), ctx);
    expect(r).toMatchObject({
      ok: true,
      capture: { ok: false, error: 'storage-full', message: expect.stringMatching(/flag itself is saved/) },
    });
    expect(await ctx.db.flags.count()).toBe(1);
    expect(await ctx.db.evidence.count()).toBe(0);
  });

  it('records a missing screenshot instead of failing, and refuses a tab that moved on', async () => {
    (browser.tabs as any).captureVisibleTab = vi.fn(async () => {
      throw new Error('Missing activeTab permission');
    });
    const r = await flagHandlers['ui:flag-create'](create(), ctx);
    expect(r).toMatchObject({ ok: true, capture: { ok: true, missing: [expect.stringMatching(/No screenshot/)] } });
    (browser.tabs as any).get = vi.fn(async () => ({
      id: 5,
      windowId: 1,
      active: true,
      url: 'https://www.amazon.com/',
    }));
    expect(
      await flagHandlers['ui:flag-capture']({ flagId: (r as { flagId: number }).flagId, tabId: 5, pageUrl: PAGE }, ctx),
    ).toMatchObject({ ok: false, error: 'tab-gone' });
  });

  it('refuses a URL that is not a web address', async () => {
    expect(await flagHandlers['ui:flag-create'](create({ url: 'javascript:alert(1)' }), ctx)).toMatchObject({
      ok: false,
    });
    expect(await ctx.db.flags.count()).toBe(0);
  });

  it('points out a re-listing of an earlier flag', async () => {
    await flagHandlers['ui:flag-create'](create({ capture: null }), ctx);
    const again = { ...listing, listingId: 'B0DEMO0NEW', url: 'https://www.amazon.com/dp/B0DEMO0NEW' };
    const pre = await flagHandlers['ui:flag-precheck']({ marketplace: 'amazon', listing: again }, ctx);
    expect(pre.relistings).toEqual([expect.objectContaining({ listingId: 'B0DEMO0SUS', match: 'seller-and-title' })]);
    expect(pre.role).toBe('consumer');
  });

  it('composes a DSA notice, records it as sent, and the outcome reaches the flag and the accuracy', async () => {
    const { flagId } = (await flagHandlers['ui:flag-create'](create({ capture: null }), ctx)) as { flagId: number };
    const c = await flagHandlers['ui:notice-compose']({ flagIds: [flagId], format: 'dsa-email', extra: {} }, ctx);
    if (!c.ok) throw new Error(c.error);
    const n = c.groups[0].notices[0];
    expect(n.text).toContain(PAGE);
    expect(n.problems.filter((p) => p.level === 'error')).toEqual([]);
    const saved = await flagHandlers['ui:notice-save'](
      {
        format: n.format,
        marketplace: n.marketplace,
        subject: n.subject,
        text: n.text,
        recipient: null,
        flagIds: n.flagIds,
        status: 'sent',
        channel: 'clipboard',
      },
      ctx,
    );
    if (!saved.ok) throw new Error(saved.error);
    expect((await ctx.db.flags.get(flagId))!.status).toBe('sent');
    await flagHandlers['ui:notice-update']({ id: saved.id, status: 'removed', caseId: 'CASE-42' }, ctx);
    expect(await ctx.db.flags.get(flagId)).toMatchObject({ status: 'removed', caseId: 'CASE-42' });
    const h = await flagHandlers['ui:history']({}, ctx);
    expect(h.accuracy).toEqual([expect.objectContaining({ marketplace: 'amazon', removed: 1, removedRate: 1 })]);
  });

  it('refuses to save perjury text from a consumer', async () => {
    const r = await flagHandlers['ui:notice-save'](
      {
        format: 'dsa-email',
        marketplace: 'amazon',
        subject: 's',
        text: 'I declare under penalty of perjury that…',
        recipient: null,
        flagIds: [1],
        status: 'draft',
        channel: null,
      },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: 'perjury-role' })] });
  });

  it('builds a case file and an .eml for a saved notice', async () => {
    const { flagId } = (await flagHandlers['ui:flag-create'](create(), ctx)) as { flagId: number };
    const saved = await flagHandlers['ui:notice-save'](
      {
        format: 'dsa-email',
        marketplace: 'amazon',
        subject: 'S',
        text: 'T',
        recipient: 'notice@example.com',
        flagIds: [flagId],
        status: 'draft',
        channel: 'eml',
      },
      ctx,
    );
    if (!saved.ok) throw new Error(saved.error);
    const eml = await flagHandlers['ui:notice-file']({ noticeId: saved.id, kind: 'eml' }, ctx);
    expect(eml).toMatchObject({ ok: true, mime: 'message/rfc822' });
    expect((eml as { text: string }).text.match(/Content-Disposition: attachment/g)).toHaveLength(3);
    expect(await flagHandlers['ui:notice-file']({ noticeId: saved.id, kind: 'case-file' }, ctx)).toMatchObject({
      ok: true,
      mime: 'application/zip',
      base64: expect.any(String),
    });
  });

  it('deletes a flag with its evidence, and everything on delete-all; retention drops old flags', async () => {
    const { flagId } = (await flagHandlers['ui:flag-create'](create(), ctx)) as { flagId: number };
    await flagHandlers['ui:flag-delete']({ ids: [flagId] }, ctx);
    expect(await ctx.db.evidence.count()).toBe(0);
    await flagHandlers['ui:flag-create'](create(), ctx);
    await reviewedFineItem().setValue([
      { marketplace: 'amazon', listingId: 'B0FINE', url: null, title: 'Fine', note: '', decidedAt: 1 },
    ]);
    await flagHandlers['ui:history-clear']({ confirm: true }, ctx);
    expect(await ctx.db.flags.count()).toBe(0);
    expect(await reviewedFineItem().getValue()).toEqual([]);
    await ctx.db.flags.add({
      ...(await ctx.db.flags.toArray())[0],
      listingId: 'old',
      url: PAGE,
      marketplace: 'amazon',
      type: 'COUNTERFEIT',
      status: 'draft',
      createdAt: Date.now() - 100 * 86_400_000,
      updatedAt: 0,
      listing,
      verdict: null,
      note: '',
      testBuy: null,
      brandId: null,
      packId: null,
      caseId: null,
      outcome: null,
    });
    await flagHandlers['ui:retention']({ days: 90 }, ctx);
    expect(await ctx.db.flags.count()).toBe(0);
  });

  it('a badge click opens the flag page and creates nothing', async () => {
    const open = vi.fn(async () => ({}));
    (browser as any).windows = { create: open };
    expect(await flagHandlers['content:open-flag']({ listingId: 'B0DEMO0SUS' }, { ...ctx, tabId: 5 })).toEqual({
      ok: true,
    });
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/notice\.html#flag=5:B0DEMO0SUS$/) }),
    );
    expect(await ctx.db.flags.count()).toBe(0);
  });
});

describe('only extension pages can create a flag or send a notice', () => {
  const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  it.each(['ui:flag-create', 'ui:notice-save', 'ui:notice-post', 'ui:notice-file', 'ui:history-clear'])(
    'drops %s from a web page',
    async (type) => {
      const spy = vi.fn();
      const router = createRouter({ [type]: spy } as never, EXT, ID);
      const reply = await router.route(
        { type, payload: {} },
        { id: ID, tab: { id: 3 } as never, frameId: 0, url: 'https://www.amazon.com/dp/B0DEMO0SUS' },
      );
      expect(reply).toEqual({ rejected: `${type} may only come from an extension page` });
      expect(spy).not.toHaveBeenCalled();
    },
  );
});

describe('capturing evidence later', () => {
  it('finds the open tab showing the listing, or says to open it', async () => {
    const { flagId } = (await flagHandlers['ui:flag-create'](create({ capture: null }), ctx)) as { flagId: number };
    (browser.tabs as any).query = vi.fn(async () => [{ id: 9, url: 'https://www.example.org/' }]);
    expect(await flagHandlers['ui:flag-recapture']({ flagId }, ctx)).toMatchObject({
      ok: false,
      error: 'tab-gone',
      message: 'Open the listing in a tab first, then try again.',
    });
    (browser.tabs as any).query = vi.fn(async () => [{ id: 5, url: `${PAGE}?ref=sr_1_1` }]);
    (browser.tabs as any).get = vi.fn(async () => ({ id: 5, windowId: 1, active: true, url: `${PAGE}?ref=sr_1_1` }));
    (browser.scripting as any).executeScript = vi.fn(async () => [
      {
        frameId: 0,
        result: {
          html: '<p>x</p>',
          url: `${PAGE}?ref=sr_1_1`,
          title: 't',
        },
      },
    ]);
    expect(await flagHandlers['ui:flag-recapture']({ flagId }, ctx)).toMatchObject({ ok: true });
    expect(await ctx.db.evidence.where('flagId').equals(flagId).count()).toBe(3);
  });
});

describe('one open flag per listing and role', () => {
  it('flagging the same listing again opens the existing case instead of a second row', async () => {
    const first = await flagHandlers['ui:flag-create'](create(), ctx);
    const second = await flagHandlers['ui:flag-create'](create({ note: 'again' }), ctx);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true, reopened: true, flagId: (first as { flagId: number }).flagId });
    expect(await ctx.db.flags.count()).toBe(1);
    // It already has a screenshot, so no second set of evidence is taken.
    expect(await ctx.db.evidence.count()).toBe(3);
  });

  it('a closed case (removed) or another role starts a new flag', async () => {
    const first = (await flagHandlers['ui:flag-create'](create({ capture: null }), ctx)) as { flagId: number };
    await ctx.db.flags.update(first.flagId, { status: 'removed' });
    const relisted = await flagHandlers['ui:flag-create'](create({ capture: null }), ctx);
    expect(relisted).toMatchObject({ ok: true });
    expect(relisted).not.toHaveProperty('reopened');
    await ctx.db.flags.update((relisted as { flagId: number }).flagId, { role: 'reviewer' });
    expect(await flagHandlers['ui:flag-create'](create({ capture: null }), ctx)).not.toHaveProperty('reopened');
    expect(await ctx.db.flags.count()).toBe(3);
  });
});

describe('a screenshot on every path', () => {
  it('a flag saved without a screenshot gets one at the next toolbar click on its tab, once', async () => {
    (browser.tabs as any).captureVisibleTab = vi.fn(async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    const r = (await flagHandlers['ui:flag-create'](create(), ctx)) as { flagId: number; capture: any };
    expect(r.capture.missing).toEqual([expect.stringMatching(/Click it in the toolbar/)]);
    expect((await ctx.db.evidence.toArray()).map((e) => e.kind)).toEqual(['snapshot', 'fields']);

    (browser.tabs as any).captureVisibleTab = vi.fn(async () => PNG);
    const added = await flagHandlers['ui:flag-screenshot']({ tabId: 5 }, ctx);
    expect(added).toMatchObject({ ok: true, evidence: [{ flagId: r.flagId, kind: 'screenshot' }] });
    expect(await flagHandlers['ui:flag-screenshot']({ tabId: 5 }, ctx)).toEqual({ ok: true, evidence: [] });
    // Capturing again from the history adds nothing twice.
    await flagHandlers['ui:flag-capture']({ flagId: r.flagId, tabId: 5, pageUrl: PAGE }, ctx);
    expect((await ctx.db.evidence.toArray()).map((e) => e.kind).sort()).toEqual(['fields', 'screenshot', 'snapshot']);
  });
});

describe('test-buy photos', () => {
  it('stores a photo of the received item with the SHA-256 of its bytes, only for a flag with a test buy', async () => {
    const plain = (await flagHandlers['ui:flag-create'](create({ capture: null }), ctx)) as { flagId: number };
    expect(await flagHandlers['ui:flag-photo']({ flagId: plain.flagId, dataUrl: PNG }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Record the test buy/),
    });
    await ctx.db.flags.update(plain.flagId, { testBuy: { orderId: '1', date: '2026-01-01', findings: 'fake' } });
    const r = await flagHandlers['ui:flag-photo']({ flagId: plain.flagId, dataUrl: PNG }, ctx);
    const bytes = Uint8Array.from(atob(PNG.split(',')[1]), (c) => c.charCodeAt(0));
    const want = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(r).toMatchObject({ ok: true, evidence: { kind: 'photo', sha256: want } });
    expect(
      await flagHandlers['ui:flag-photo']({ flagId: plain.flagId, dataUrl: 'data:text/html;base64,PGI+' }, ctx),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/JPEG, PNG or WebP/) });
  });
});
