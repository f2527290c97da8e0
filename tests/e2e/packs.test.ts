import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { encodeUtf8 } from '../../utils/bytes';
import { makeKeyPair, signPack } from '../../utils/packs/sign';
import { DEMO_DIR, ROOT, launchExtension, waitForTabState, type Session } from './harness';

// A subscription updated in a real Chromium. The pack is served by a real HTTP server on
// loopback with ETag / 304 handling; the browser reaches it at an https URL through request
// interception (subscriptions are https-only, and no test-only exception exists in the
// extension). The server answers with CORS headers because the host-permission prompt that
// the options page raises at subscribe time is native browser UI Playwright cannot click:
// the test subscribes with the same message the page sends once permission is settled.

const PACK_URL = 'https://packs.alliance.test/main.signed';
const PAGE_URL = 'https://www.amazon.com/dp/B0ZEPHYRX1';

async function makePack(keyId: string, keyText: string, version: number): Promise<Buffer> {
  const p = JSON.parse(readFileSync(join(ROOT, 'assets/packs/demo-pack.json'), 'utf8'));
  Object.assign(p, {
    id: 'alliance.e2e',
    name: `Alliance e2e pack v${version}`,
    version,
    issuedAt: new Date(Date.now() - 60_000).toISOString(),
  });
  delete p.example;
  p.publisher.keyId = keyId;
  p.brands.push({
    id: 'zephyrix',
    name: 'Zephyrix',
    aliases: [],
    disguises: [],
    models: [
      {
        id: 'zx-9',
        name: 'ZX-9 Headphones',
        terms: ['ZX-9'],
        prices: [{ amount: 349, currency: 'USD', kind: 'msrp' }],
      },
    ],
    contacts: { rightsHolder: 'Zephyrix Audio (test)' },
  });
  const signed = await signPack(encodeUtf8(JSON.stringify(p, null, 2)), keyText);
  if (!signed.ok) throw new Error(signed.error);
  return Buffer.from(signed.value);
}

/** The pack server: whatever `body` holds, with a content ETag, 304 on a matching If-None-Match. */
function packServer() {
  const state = {
    body: Buffer.alloc(0) as Buffer,
    requests: [] as { method: string; ifNoneMatch: string | null; status: number }[],
  };
  const server: Server = createServer((req, res) => {
    const etag = `"${createHash('sha256').update(state.body).digest('hex').slice(0, 16)}"`;
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Expose-Headers': 'ETag, Last-Modified',
    };
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const status = req.method === 'OPTIONS' ? 204 : ifNoneMatch === etag ? 304 : 200;
    state.requests.push({ method: req.method ?? '', ifNoneMatch, status });
    res.writeHead(status, { ...cors, ETag: etag, 'Content-Type': 'application/octet-stream' });
    res.end(status === 200 ? state.body : undefined);
  });
  return { state, server };
}

describe('rule pack subscription in a real browser', () => {
  let s: Session;
  let options: Page;
  const { state, server } = packServer();
  let keyId = '';
  let keyText = '';
  let pubText = '';

  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const { secret, pub } = await makeKeyPair('Alliance e2e publisher');
    ({ keyId } = pub);
    keyText = JSON.stringify(secret);
    pubText = JSON.stringify(pub);

    s = await launchExtension({ extensionDir: process.env.E2E_EXTENSION_DIR });
    const html = readFileSync(join(DEMO_DIR, 'amazon-bose-replica.html'), 'utf8')
      .replaceAll('QC45 Replica B0SE', 'ZX-9 Replica Zephyrix')
      .replaceAll('B0DEMO0SUS', 'B0ZEPHYRX1')
      .replaceAll('A3DEMOBLOCKED1', 'A3DEMOOTHER01')
      .replaceAll('ShenZhen Best Audio Store', 'Harbour Sound Trading');
    s.serve([{ url: PAGE_URL, body: html }]);
    // Registered after the harness's catch-all, so it is consulted first.
    await s.context.route('https://packs.alliance.test/**', async (route) => {
      const req = route.request();
      const headers: Record<string, string> = {};
      for (const h of ['if-none-match', 'if-modified-since']) if (req.headers()[h]) headers[h] = req.headers()[h];
      const res = await fetch(`http://127.0.0.1:${port}${new URL(req.url()).pathname}`, {
        method: req.method(),
        headers,
      });
      await route.fulfill({
        status: res.status,
        headers: Object.fromEntries(res.headers),
        body: Buffer.from(await res.arrayBuffer()),
      });
    });
    options = await s.options('#packs');
  });
  after(async () => {
    await s?.close();
    server.close();
  });

  /** Opens the test listing and returns what the background judged and what the page shows. */
  const judge = async () => {
    const page = await s.open(PAGE_URL);
    const state = (await waitForTabState(s, PAGE_URL)) as {
      verdicts?: { listingId: string; level: string; brandId?: string | null }[];
    };
    // The badge carries only the listing id (docs/in-page.md); its level is the background's verdict.
    const ids = await page
      .locator('[data-listing-lens-badge]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-listing-lens-badge')));
    const badges = ids.map((id) => state.verdicts?.find((v) => v.listingId === id)?.level);
    await page.close();
    const v = state.verdicts?.[0];
    return { brand: v?.brandId ?? null, level: v?.level ?? null, badges };
  };
  const installedRow = () =>
    options.getByRole('table', { name: 'Installed rule packs' }).locator('tr[data-pack-id="alliance.e2e"]');

  it('starts with the bundled demo pack, which does not know the test brand', async () => {
    await options
      .getByRole('table', { name: 'Installed rule packs' })
      .locator('tr[data-pack-id="demo.alliance-example"]')
      .waitFor();
    assert.notEqual((await judge()).brand, 'zephyrix');
  });

  it('trusts a publisher key added in options and shows its fingerprint', async () => {
    await options.getByLabel('Publisher key (contents of publisher.pub)').fill(pubText);
    await options.getByRole('button', { name: 'Trust this key' }).click();
    const fp = options.getByLabel('Fingerprint of Alliance e2e publisher');
    await fp.waitFor();
    assert.equal((await fp.innerText()).replaceAll(' ', ''), keyId);
  });

  it('subscribes, downloads and activates the pack, which then scores the page', async () => {
    state.body = await makePack(keyId, keyText, 1);
    const r = await options.evaluate(
      (url) => chrome.runtime.sendMessage({ type: 'ui:pack-subscribe', payload: { url, intervalHours: 24 } }),
      PACK_URL,
    );
    assert.equal(r.ok, true, JSON.stringify(r).slice(0, 300));
    await options.reload();
    await installedRow().waitFor();
    assert.match(await installedRow().innerText(), /Alliance e2e pack v1[\s\S]*Active[\s\S]*Verified/);
    assert.deepEqual(await judge(), { brand: 'zephyrix', level: 'suspect', badges: ['suspect'] });
    const alarms = await s.worker.evaluate(() => chrome.alarms.getAll());
    assert.deepEqual(
      alarms.map((a: { name: string }) => a.name),
      [`pack-update:${PACK_URL}`],
    );
  });

  it('rejects a tampered update with a clear reason, and the old pack keeps scoring', async () => {
    const good = await makePack(keyId, keyText, 2);
    const bad = Buffer.from(good);
    bad[bad.length - 40] ^= 1;
    state.body = bad;
    await options.getByRole('button', { name: `Update now: ${PACK_URL}` }).click();
    // Said once, beside the subscription that failed.
    const sub = options.getByRole('list', { name: 'Pack subscriptions' });
    await sub.getByRole('alert').filter({ hasText: 'signature does not match' }).waitFor();
    assert.equal(await options.getByRole('alert').filter({ hasText: 'signature does not match' }).count(), 1);
    assert.match(await installedRow().innerText(), /Alliance e2e pack v1/);
    assert.deepEqual(await judge(), { brand: 'zephyrix', level: 'suspect', badges: ['suspect'] });
    // The update asked conditionally, with the ETag of version 1.
    assert.ok(state.requests.some((q) => q.method === 'GET' && q.ifNoneMatch !== null && q.status === 200));
  });

  it('takes the corrected update, then gets a 304 when nothing changed', async () => {
    state.body = await makePack(keyId, keyText, 2);
    await options.getByRole('button', { name: `Update now: ${PACK_URL}` }).click();
    await options.getByText(/Updated to “Alliance e2e pack v2” version 2/).waitFor();
    assert.match(await installedRow().innerText(), /Alliance e2e pack v2/);
    await options.getByRole('button', { name: `Update now: ${PACK_URL}` }).click();
    await options.getByText(/No new version/).waitFor();
    assert.equal(state.requests.at(-1)?.status, 304);
    assert.deepEqual(await judge(), { brand: 'zephyrix', level: 'suspect', badges: ['suspect'] });
  });
});
