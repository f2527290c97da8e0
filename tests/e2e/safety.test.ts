import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { HOSTILE_PAGES, hostileProductPage } from '../hostile/pages';
import { CHROME_BUILD, launchExtension, type Session } from './harness';
import { countFlags, readStore } from './idb';
import { keptSnapshots, readSnapshots } from './snapshots';

// Hardening in a real Chromium: evidence snapshots of hostile pages open from disk with nothing
// running and nothing fetched (every snapshot the suite wrote, this file's hostile ones included);
// the worker stopped in the middle of a flag, a pack update or between pages loses nothing and
// answers the next message; content scripts cannot read storage.local; no incognito.
const hostileUrl = (i: number) => `https://www.amazon.com/dp/B0HOSTIL${String(i).padStart(2, '0')}`;
const BIG_URL = 'https://www.amazon.com/dp/B0BIGPAGE1';
const PACK_URL = 'https://packs.alliance.test/slow.signed';

/** A listing as the flag form sends it. */
const listingFor = (url: string) => ({
  title: 'Bose QC45 replica headphones',
  price: { amount: 19.99, currency: 'USD' },
  seller: null,
  brand: 'Bose',
  listingId: url.slice(-10),
  url,
  image: null,
  condition: null,
  sponsored: null,
});

/** Runs `fn` in an extension page: the probe outlives any service worker. */
type Probe = Page;
const send = (probe: Probe, type: string, payload: unknown) =>
  probe.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);

async function tabId(probe: Probe, url: string): Promise<number> {
  return probe.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? -1,
    url,
  );
}

async function stopWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

/** Opens a snapshot from file:// and reports every request beyond the file and any sign of script. */
async function openFromDisk(s: Session, file: string) {
  const page = await s.context.newPage();
  const requests: string[] = [];
  const self = pathToFileURL(file).href;
  page.on('request', (r) => {
    if (r.url() !== self) requests.push(r.url());
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text().slice(0, 200));
  });
  await page.goto(self, { waitUntil: 'load' });
  // Give handlers (onerror, animations, meta refresh) a moment to fire if anything survived.
  await page.waitForTimeout(300);
  const ran = await page.evaluate(() => ({ name: window.name, pageScript: 'pageScriptRan' in window }));
  await page.close();
  return { requests, violations, ran };
}

describe('hardening in a real browser', () => {
  let s: Session;
  let probe: Probe;
  let cdp: CDPSession;
  const tmp = mkdtempSync(join(tmpdir(), 'listing-lens-snapshots-'));

  before(async () => {
    s = await launchExtension();
    s.serve(HOSTILE_PAGES.map((p, i) => ({ url: hostileUrl(i), body: hostileProductPage(p.body, `B0HOSTIL${i}`) })));
    const rows = Array.from({ length: 60_000 }, (_, i) => `<div class="row"><span>item ${i}</span></div>`).join('');
    s.serve([{ url: BIG_URL, body: hostileProductPage(rows, 'B0BIGPAGE1') }]);
    probe = await s.options();
    cdp = await s.context.newCDPSession(probe);
    await cdp.send('ServiceWorker.enable');
  });
  after(async () => {
    await s?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('snapshots hostile pages through the snapshot script injected for the capture', async () => {
    for (let i = 0; i < HOSTILE_PAGES.length; i++) {
      const url = hostileUrl(i);
      const page = await s.open(url);
      const r = (await send(probe, 'ui:flag-create', {
        url,
        marketplace: 'amazon',
        listing: listingFor(url),
        verdict: null,
        type: 'COUNTERFEIT',
        note: '',
        testBuy: null,
        capture: { tabId: await tabId(probe, url), pageUrl: url },
      })) as { ok: boolean; capture?: { ok: boolean; evidence?: { kind: string }[] } };
      assert.equal(r.ok, true, JSON.stringify(r).slice(0, 300));
      assert.ok(
        r.capture?.evidence?.some((e) => e.kind === 'snapshot'),
        HOSTILE_PAGES[i].name,
      );
      await page.close();
    }
  });

  it('opens every snapshot the suite wrote from file://: no script runs, no request leaves', async () => {
    const ours = await readSnapshots(s.context, s.extensionId);
    assert.ok(ours.length >= HOSTILE_PAGES.length);
    const all = [...keptSnapshots().map((k) => k.html), ...ours];
    for (const [i, html] of all.entries()) {
      // Each snapshot twice: as written, and without its CSP, so the sanitiser alone is tested too.
      const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.notEqual(bare, html, `snapshot ${i} has its CSP first`);
      for (const [kind, text] of [
        ['as written', html],
        ['without CSP', bare],
      ]) {
        const file = join(tmp, `${i}-${kind === 'as written' ? 'csp' : 'bare'}.html`);
        writeFileSync(file, text);
        const got = await openFromDisk(s, file);
        assert.deepEqual(got.requests, [], `snapshot ${i} (${kind}) fetched`);
        assert.deepEqual(got.ran, { name: '', pageScript: false }, `snapshot ${i} (${kind}) ran script`);
        if (kind === 'as written') assert.deepEqual(got.violations, [], `snapshot ${i}: something reached the CSP`);
      }
    }
  });

  it('a worker stopped mid-flag loses nothing: the retry finds the saved flag, no duplicate', async () => {
    const before = await countFlags(probe);
    const page = await s.open(BIG_URL);
    const popup = await s.popupFor(page);
    await popup.getByRole('button', { name: 'Flag this listing' }).click();
    const form = popup.getByRole('form', { name: 'Flag this listing' });
    await form.getByLabel('Infringement type').selectOption({ label: 'Counterfeit product' });
    await form.getByRole('button', { name: 'Save flag' }).click();
    // The flag is written first; evidence (a large page's snapshot) takes a while after it.
    while ((await countFlags(probe)) === before) await probe.waitForTimeout(10);
    const answeredAlready = await popup.getByRole('status', { name: 'Flag saved' }).count();
    await stopWorker(cdp);
    assert.equal(answeredAlready, 0, 'the worker answered before it could be stopped: the test proved nothing');
    const saved = popup.getByRole('status', { name: 'Flag saved' });
    await saved.waitFor({ timeout: 30_000 });
    await saved.getByText(/Evidence captured|no longer shows|could not be stored/).waitFor({ timeout: 30_000 });
    assert.equal(await countFlags(probe), before + 1);
    assert.equal(await popup.getByText(/Could not save the flag/).count(), 0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('a worker stopped mid-pack-update keeps the last good pack, re-creates its alarms and answers', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let asked = false;
    await s.context.route(PACK_URL, async (route) => {
      asked = true;
      await held;
      await route.abort('internetdisconnected').catch(() => undefined);
    });
    const pending = send(probe, 'ui:pack-subscribe', { url: PACK_URL, intervalHours: 24 }).catch((e: Error) => e);
    while (!asked) await probe.waitForTimeout(10);
    await probe.evaluate(() => chrome.alarms.clearAll());
    await stopWorker(cdp);
    release();
    await pending;
    const status = (await send(probe, 'ui:pack-status', {})) as { loaded: boolean; id: string };
    assert.deepEqual([status.loaded, status.id], [true, 'demo.alliance-example']);
    let alarms: string[] = [];
    for (let i = 0; i < 100 && !alarms.length; i++) {
      alarms = (await probe.evaluate(() => chrome.alarms.getAll())).map((a: { name: string }) => a.name);
      if (!alarms.length) await probe.waitForTimeout(50);
    }
    assert.deepEqual(alarms, [`pack-update:${PACK_URL}`]);
    await send(probe, 'ui:pack-unsubscribe', { url: PACK_URL });
  });

  it('a worker stopped between pages scores the next page', async () => {
    await stopWorker(cdp);
    const page = await s.context.newPage();
    await page.goto(hostileUrl(0));
    const id = await tabId(probe, hostileUrl(0));
    let state: { kind?: string } | undefined;
    for (let i = 0; i < 200 && !state; i++) {
      state = await probe.evaluate(async (k) => (await chrome.storage.session.get(k))[k], `tab:${id}`);
      if (!state) await probe.waitForTimeout(50);
    }
    assert.ok(state?.kind, 'the restarted worker answered the content script');
    await page.close();
  });

  it("a content script cannot read the extension's storage.local", async () => {
    await probe.evaluate(() => chrome.storage.local.set({ profile: { name: 'Sam Rivera', email: 'sam@example.org' } }));
    const page = await s.open(hostileUrl(1));
    const pageCdp = await s.context.newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    pageCdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await pageCdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId));
    assert.ok(world, 'found the content script world');
    const got = await pageCdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: 'chrome.storage.local.get(null).then((v) => JSON.stringify(v), (e) => "refused: " + e.message)',
    });
    assert.match(String(got.result.value), /^refused: /);
    assert.doesNotMatch(String(got.result.value), /Sam Rivera/);
    await page.close();
  });

  it('keeps the profile in the extension database, never in storage.local, and moves an old stored one there', async () => {
    // A profile an earlier version stored in storage.local (readable by Firefox's content scripts).
    await probe.evaluate(() =>
      chrome.storage.local.set({
        profile: {
          name: 'Old Stored',
          organisation: '',
          email: 'old@example.org',
          phone: '',
          address: '',
          role: 'consumer',
          signature: '',
        },
        profile$: { v: 1 },
      }),
    );
    const options = await s.options('#profile');
    const form = options.getByRole('form', { name: 'Your profile' });
    await form.waitFor();
    assert.equal(await form.getByLabel('Full name', { exact: true }).inputValue(), 'Old Stored', 'moved, not lost');
    await form.getByLabel('Full name', { exact: true }).fill('Sam Rivera');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText('Profile saved on this device.').waitFor();
    const local = await probe.evaluate(() => chrome.storage.local.get(null));
    assert.equal(JSON.stringify(local).includes('Rivera') || JSON.stringify(local).includes('Old Stored'), false);
    const rows = await readStore<{ key: string; value: { name: string } }[]>(options, 'settings', 'getAll');
    assert.deepEqual(
      rows.map((r) => [r.key, r.value.name]),
      [['profile', 'Sam Rivera']],
    );
    await options.close();
  });

  it('is not allowed in incognito windows', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    assert.equal(manifest.incognito, 'not_allowed');
  });
});
