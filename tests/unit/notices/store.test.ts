import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type ListingLensDb, openDb } from '../../../utils/db';
import type { Request } from '../../../utils/messages';
import { noteChannel, saveNotice, updateNotice } from '../../../utils/notices/store';
import { saveProfile } from '../../../utils/profile';
import { consumer } from './fixtures';

// The state lost on main before the lifecycle: downloads after "sent" turned notices back into
// drafts, "Mark as sent" erased the channel and could re-stamp, a stale tab overwrote outcomes.
let db: ListingLensDb;
let flagId: number;
const draft = (over: Partial<Request<'ui:notice-save'>> = {}): Request<'ui:notice-save'> => ({
  format: 'dsa-email',
  marketplace: 'amazon',
  subject: 'Notice',
  text: 'The text the user reviewed.',
  recipient: 'notices@example.com',
  flagIds: [flagId],
  status: 'draft',
  channel: null,
  ...over,
});
const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
};

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`notices-${Math.random()}`);
  await saveProfile(db, consumer);
  flagId = (await db.flags.add({
    listingId: 'B0X',
    url: 'https://www.amazon.com/dp/B0X',
    marketplace: 'amazon',
    type: 'COUNTERFEIT',
    status: 'draft',
    createdAt: 1,
    updatedAt: 1,
    listing: {} as never,
    verdict: null,
    note: '',
    testBuy: null,
    brandId: null,
    packId: null,
    caseId: null,
    outcome: null,
  })) as number;
});

describe('stored notices', () => {
  it('a retried save of a new notice returns the notice the first try saved, not a second draft', async () => {
    const first = ok(await saveNotice(db, draft({ status: 'sent', channel: 'mailto' }), 10));
    const events = (await db.notices.get(first.id))!.events;
    const retry = ok(await saveNotice(db, draft({ status: 'sent', channel: 'mailto' }), 15));
    expect(retry.id).toBe(first.id);
    expect(await db.notices.count()).toBe(1);
    expect((await db.notices.get(first.id))!.events).toEqual(events);
    // A different text is a new notice, not a retry.
    ok(await saveNotice(db, draft({ text: 'Another notice for the same listing.' }), 20));
    expect(await db.notices.count()).toBe(2);
  });

  it('mark sent, then case file and .eml, then "removed": removed, with the channel history', async () => {
    const saved = ok(await saveNotice(db, draft({ channel: 'mailto' }), 10));
    ok(await saveNotice(db, draft({ id: saved.id, status: 'sent', revision: saved.revision }), 20));
    ok(await noteChannel(db, saved.id, 'case-file', 30));
    ok(await noteChannel(db, saved.id, 'eml', 40));
    ok(await updateNotice(db, { id: saved.id, status: 'removed' }, 50));
    const row = (await db.notices.get(saved.id))!;
    expect(row).toMatchObject({ status: 'removed', channel: 'mailto', sentAt: 20 });
    expect(row.events).toEqual([
      { kind: 'channel', channel: 'mailto', at: 10 },
      { kind: 'status', from: 'draft', to: 'sent', at: 20 },
      { kind: 'channel', channel: 'case-file', at: 30 },
      { kind: 'channel', channel: 'eml', at: 40 },
      { kind: 'status', from: 'sent', to: 'removed', at: 50 },
    ]);
    expect(await db.flags.get(flagId)).toMatchObject({ status: 'removed', outcome: 'removed' });
  });

  it('a composer tab left open records its download but cannot undo an outcome or change the text', async () => {
    const saved = ok(await saveNotice(db, draft({ status: 'sent' }), 10));
    ok(await updateNotice(db, { id: saved.id, status: 'removed' }, 20));
    const same = ok(await saveNotice(db, draft({ id: saved.id, channel: 'eml', revision: saved.revision }), 30));
    expect(same.status).toBe('removed');
    const edited = await saveNotice(db, draft({ id: saved.id, text: 'Changed.', revision: saved.revision }), 40);
    expect(edited).toMatchObject({
      ok: false,
      error: expect.stringMatching(/recorded as removed.*can no longer change/),
    });
    expect((await db.notices.get(saved.id))!).toMatchObject({ status: 'removed', text: 'The text the user reviewed.' });
    expect((await db.flags.get(flagId))!.status).toBe('removed');
  });

  it('"Mark as sent" keeps how it was sent and cannot re-stamp the time', async () => {
    const saved = ok(await saveNotice(db, draft({ channel: 'report-page' }), 10));
    ok(await saveNotice(db, draft({ id: saved.id, status: 'sent' }), 20));
    const again = await saveNotice(db, draft({ id: saved.id, status: 'sent' }), 30);
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already recorded as sent/) });
    expect((await db.notices.get(saved.id))!).toMatchObject({ channel: 'report-page', sentAt: 20 });
  });

  it('a draft edited from a stale revision is refused instead of overwriting the newer text', async () => {
    const saved = ok(await saveNotice(db, draft(), 10));
    const newer = ok(await saveNotice(db, draft({ id: saved.id, text: 'Newer.', revision: saved.revision }), 20));
    expect(newer.revision).toBeGreaterThan(saved.revision);
    const stale = await saveNotice(db, draft({ id: saved.id, text: 'Older tab.', revision: saved.revision }), 30);
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/changed in another window/) });
    expect((await db.notices.get(saved.id))!.text).toBe('Newer.');
  });

  it('refuses an outcome on a draft and a move backwards', async () => {
    const saved = ok(await saveNotice(db, draft(), 10));
    expect(await updateNotice(db, { id: saved.id, status: 'removed' })).toMatchObject({ ok: false });
    ok(await saveNotice(db, draft({ id: saved.id, status: 'sent' }), 20));
    ok(await updateNotice(db, { id: saved.id, status: 'rejected' }));
    expect(await updateNotice(db, { id: saved.id, status: 'sent' })).toMatchObject({ ok: false });
    expect(await updateNotice(db, { id: saved.id, status: 'draft' })).toMatchObject({ ok: false });
    expect((await db.notices.get(saved.id))!.status).toBe('rejected');
  });
});
