import { describe, expect, it } from 'vitest';
import { fetchPack } from '../../../utils/packs/fetch-pack';
import type { PackDeps } from '../../../utils/packs/install';
import { getActiveRow } from '../../../utils/packs/store';
import { addSubscription, updateSubscription } from '../../../utils/packs/subscriptions';
import { fakeCompiler, freshDb, makePack, NOW, publisher, signed } from './helpers';

// A fake server: serves `body` with an ETag and answers conditional requests with 304.
function server() {
  const s = {
    body: new Uint8Array() as Uint8Array,
    etag: '"v0"',
    status: 200,
    seen: [] as Record<string, string>[],
    fetch: (async (_url: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      s.seen.push(headers);
      if (s.status !== 200) return new Response('nope', { status: s.status, statusText: 'Server Error' });
      if (headers['If-None-Match'] === s.etag) return new Response(null, { status: 304 });
      return new Response(s.body as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: { ETag: s.etag, 'Last-Modified': 'Sat, 28 Nov 2026 10:00:00 GMT' },
      });
    }) as typeof fetch,
  };
  return s;
}

const URL_ = 'https://packs.alliance.example/main.signed';

async function setup() {
  const db = freshDb();
  const pub = await publisher();
  await db.trustedKeys.put(pub.row);
  const srv = server();
  const deps: PackDeps = { compiler: fakeCompiler(), now: () => NOW, fetch: srv.fetch };
  const file = (version: number) =>
    signed(
      makePack(pub.keyId, (p) => (p.version = version)),
      pub.keyText,
    );
  await addSubscription(db, URL_, 24);
  return { db, srv, deps, file };
}

describe('subscriptions', () => {
  it('refuses plain http and silly intervals', async () => {
    const db = freshDb();
    expect(await addSubscription(db, 'http://packs.example/p.signed', 24)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/https/),
    });
    expect((await addSubscription(db, URL_, 0)).ok).toBe(false);
  });

  it('installs the first download, then asks conditionally and accepts a 304', async () => {
    const { db, srv, deps, file } = await setup();
    srv.body = await file(1);
    expect(await updateSubscription(db, URL_, deps)).toEqual({ ok: true, value: 'installed' });
    expect(await db.subscriptions.get(URL_)).toMatchObject({
      etag: '"v0"',
      lastUpdated: NOW,
      lastError: null,
      packId: 'test.pack',
    });
    expect(await updateSubscription(db, URL_, deps)).toEqual({ ok: true, value: 'not-modified' });
    expect(srv.seen[1]).toMatchObject({
      'If-None-Match': '"v0"',
      'If-Modified-Since': 'Sat, 28 Nov 2026 10:00:00 GMT',
    });
  });

  it('rejects a tampered update, records why, and keeps scoring with the old pack', async () => {
    const { db, srv, deps, file } = await setup();
    srv.body = await file(1);
    await updateSubscription(db, URL_, deps);
    const bad = (await file(2)).slice();
    bad[bad.length - 30] ^= 1;
    srv.body = bad;
    srv.etag = '"v2"';
    const r = await updateSubscription(db, URL_, deps);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/signature does not match/) });
    expect(await db.subscriptions.get(URL_)).toMatchObject({
      etag: '"v0"',
      lastError: expect.stringMatching(/signature/),
    });
    expect((await getActiveRow(db))?.version).toBe(1);
    // The next check downloads again (validators were not advanced) and takes a fixed pack.
    srv.body = await file(2);
    expect(await updateSubscription(db, URL_, deps)).toEqual({ ok: true, value: 'updated' });
    expect((await getActiveRow(db))?.version).toBe(2);
    expect((await db.subscriptions.get(URL_))?.lastError).toBe(null);
  });

  it('rejects a rollback served by the subscription', async () => {
    const { db, srv, deps, file } = await setup();
    srv.body = await file(5);
    await updateSubscription(db, URL_, deps);
    srv.body = await file(4);
    srv.etag = '"v4"';
    expect(await updateSubscription(db, URL_, deps)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/rollback/),
    });
    expect((await getActiveRow(db))?.version).toBe(5);
  });

  it('records a server error without touching the pack', async () => {
    const { db, srv, deps, file } = await setup();
    srv.body = await file(1);
    await updateSubscription(db, URL_, deps);
    srv.status = 500;
    expect(await updateSubscription(db, URL_, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/500/) });
    expect((await db.subscriptions.get(URL_))?.lastError).toMatch(/500/);
    expect((await getActiveRow(db))?.version).toBe(1);
  });
});

describe('fetchPack size cap', () => {
  it('refuses a declared Content-Length over the cap', async () => {
    const f = (async () =>
      new Response('x'.repeat(10), { headers: { 'Content-Length': '5000' } })) as unknown as typeof fetch;
    expect(await fetchPack(URL_, { fetch: f, maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
  });

  it('stops reading a stream that grows past the cap when no length is declared', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(400));
        if (pulled > 100) c.close();
      },
    });
    const f = (async () => new Response(stream)) as unknown as typeof fetch;
    expect(await fetchPack(URL_, { fetch: f, maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 1000/),
    });
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a redirect to plain http', async () => {
    const res = new Response('x');
    Object.defineProperty(res, 'url', { value: 'http://evil.example/p' });
    const f = (async () => res) as unknown as typeof fetch;
    expect(await fetchPack(URL_, { fetch: f })).toMatchObject({ ok: false, error: expect.stringMatching(/non-https/) });
  });
});
