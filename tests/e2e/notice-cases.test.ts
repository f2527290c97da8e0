import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { demoTour, launchExtension, type Session } from './harness';
import {
  buildWithCapture,
  flagFromPopup,
  openComposer,
  openFlagPageFromBadge,
  patchRow,
  rows,
  saveProfile,
} from './notice-helpers';
import { countFlags } from './idb';

// A notice's life in a real Chromium: sent, then downloaded, then "removed" keeps its status and
// its channel history; an edit survives "Update the notice" and a reload; flagging the same
// listing twice opens the existing case; a consumer's DSA notice opens the platform's form; the
// badge path gets a screenshot (or the one-click way to add one) whose hash verifies.
type NoticeEvent = { kind: string; channel?: string; to?: string };
type NoticeRow = { id: number; status: string; channel: string | null; text: string; events: NoticeEvent[] };
const suspect = demoTour().find((t) => t.expect === 'suspect' && t.url.includes('amazon'))!;
const pack = JSON.parse(readFileSync('assets/packs/demo-pack.json', 'utf8'));
const amazonDsa: string = pack.destinations.find(
  (d: { marketplace: string; kind: string }) => d.marketplace === 'amazon' && d.kind === 'dsa',
).formUrl;

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<Uint8Array> {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return new Uint8Array(readFileSync((await d.path())!));
}

async function flagFromBadge(s: Session, page: Page): Promise<Page> {
  const flagPage = await openFlagPageFromBadge(s, page);
  await flagPage.getByRole('button', { name: 'Flag this listing' }).click();
  await flagPage.getByLabel('Infringement type').selectOption({ label: 'Counterfeit product' });
  await flagPage.getByRole('button', { name: 'Save flag' }).click();
  await flagPage
    .getByRole('status', { name: 'Flag saved' })
    .getByText(/Evidence captured|no longer shows/)
    .waitFor();
  return flagPage;
}

describe('a notice from draft to outcome', () => {
  let s: Session;
  before(async () => {
    s = await launchExtension();
    s.serve([
      { url: suspect.url, file: suspect.file },
      { url: amazonDsa, body: '<!doctype html><title>Report illegal content</title>' },
    ]);
    await saveProfile(s, 'consumer', { 'Full name': 'Sam Rivera', Email: 'sam@example.org' });
  });
  after(async () => s?.close());

  it("a consumer's DSA notice opens the platform's notice form with a checklist, never a rights-owner form", async () => {
    const page = await s.open(suspect.url);
    const popup = await flagFromPopup(s, page, 'Counterfeit product', 'The logo on the box is misspelt.');
    const composer = await openComposer(s, popup);
    const card = composer.getByRole('article').first();
    await card.getByLabel('Notice text').waitFor();
    const text = await card.getByLabel('Notice text').inputValue();
    assert.ok(text.indexOf('(a) Why') < text.indexOf('(b) Exact'), text);
    assert.doesNotMatch(text, /\(strong\)|Title names|perjury/i);
    assert.match(await card.getByRole('list', { name: /asks for$/ }).innerText(), /Bona fide statement/);
    const open = card.getByRole('button', { name: /^Copy text and open Amazon EU store/ });
    const [form] = await Promise.all([s.context.waitForEvent('page'), open.click()]);
    await form.waitForLoadState();
    assert.equal(form.url(), amazonDsa);
    assert.doesNotMatch(form.url(), /report\/infringement/);
    await Promise.all([form.close(), composer.close(), popup.close(), page.close()]);
  });

  it('flagging the same listing twice opens the existing case', async () => {
    const before = await countFlags(s.worker);
    const page = await s.open(suspect.url);
    const popup = await flagFromPopup(s, page, 'Counterfeit product', 'Again.');
    await popup.getByText(/You already have an open case for this listing: this is flag \d+/).waitFor();
    assert.equal(await countFlags(s.worker), before);
    await Promise.all([popup.close(), page.close()]);
  });

  it('keeps an edit through "Update the notice", marks sent, downloads, records "removed": removed with its channel history', async () => {
    const [flag] = await rows<{ id: number }>(s, 'flags');
    const composer = await s.context.newPage();
    await composer.goto(`chrome-extension://${s.extensionId}/notice.html#notice=${flag.id}`);
    const card = composer.getByRole('article').first();
    const box = card.getByLabel('Notice text');
    await box.waitFor();
    await box.fill(`${await box.inputValue()}\nMY OWN WORDS: bought one, it is fake.`);
    // The case: a profile change applied with "Update the notice" after typing into the text.
    await saveProfile(s, 'consumer', { 'Full name': 'Sam Rivera', Email: 'sam.rivera@example.org' });
    await composer.getByRole('button', { name: 'Update the notice' }).click();
    await composer.getByText('You edited this notice, so the updated text was not applied.').waitFor();
    assert.match(await box.inputValue(), /MY OWN WORDS/);

    await card.getByRole('button', { name: 'Mark as sent' }).click();
    await card.getByText(/^Recorded as sent\./).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Recorded as sent' }).isDisabled(), true);
    await download(composer, card.getByRole('button', { name: 'Download case file' }));
    const eml = await download(composer, card.getByRole('button', { name: 'Download .eml with evidence' }));
    assert.match(new TextDecoder().decode(eml), /Content-Disposition: attachment/);

    // A reload shows the stored notice: the edit, read-only now that it was sent.
    await composer.reload();
    await box.waitFor();
    assert.match(await box.inputValue(), /MY OWN WORDS/);
    assert.equal(await box.getAttribute('readonly'), '');

    const o = await s.options('#history');
    const status = o.getByRole('table', { name: 'Notices' }).getByRole('combobox', { name: /^Status of notice \d+$/ });
    await status.first().selectOption('removed');
    await o.getByText('Recorded: Removed.').waitFor();
    // The composer tab is still open: another download is recorded and changes nothing else.
    await download(composer, card.getByRole('button', { name: 'Download case file' }));

    const [notice] = await rows<NoticeRow>(s, 'notices');
    assert.equal(notice.status, 'removed');
    assert.match(notice.text, /MY OWN WORDS/);
    assert.deepEqual(
      notice.events.map((e) => (e.kind === 'channel' ? e.channel : e.to)),
      ['report-page', 'sent', 'case-file', 'eml', 'removed', 'case-file'],
    );
    assert.equal(notice.channel, 'report-page');
    await Promise.all([o.close(), composer.close()]);
  });

  it('attaches a photo of the test-buy item to the flag, hashed over its bytes', async () => {
    const [flag] = await rows<{ id: number }>(s, 'flags');
    await patchRow(s, 'flags', flag.id, { testBuy: { orderId: 'TB-7', date: '2026-11-30', findings: 'No serial.' } });
    const composer = await s.context.newPage();
    await composer.goto(`chrome-extension://${s.extensionId}/notice.html#notice=${flag.id}`);
    const png = readFileSync('docs/images/badge.png');
    await composer.getByLabel(/Photos of the item received in test buy TB-7/).setInputFiles({
      name: 'received.png',
      mimeType: 'image/png',
      buffer: png,
    });
    const added = await composer.getByRole('status', { name: 'Photos added' }).innerText();
    assert.match(added, new RegExp(`received\\.png added, SHA-256 ${createHash('sha256').update(png).digest('hex')}`));
    const photos = (await rows<{ flagId: number; kind: string }>(s, 'evidence')).filter((e) => e.kind === 'photo');
    assert.deepEqual(
      photos.map((e) => e.flagId),
      [flag.id],
    );
    await composer.close();
  });

  it('the badge path says how to add the screenshot with one toolbar click', async () => {
    await saveProfile(s, 'reviewer', { 'Full name': 'Rae Viewer', Email: 'rae@example.org' });
    const page = await s.open(suspect.url);
    const flagPage = await flagFromBadge(s, page);
    await flagPage.getByText(/No screenshot yet: .*Click it in the toolbar while this listing is showing/).waitFor();
    await Promise.all([flagPage.close(), page.close()]);
  });
});

describe('the badge path with a screenshot the browser allows', () => {
  let s: Session;
  let dir: string;
  before(async () => {
    dir = buildWithCapture();
    s = await launchExtension({ extensionDir: dir });
    s.serve([{ url: suspect.url, file: suspect.file }]);
    await saveProfile(s, 'consumer', { 'Full name': 'Sam Rivera', Email: 'sam@example.org' });
  });
  after(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function caseFilePng(flagId: number): Promise<Uint8Array> {
    const composer = await s.context.newPage();
    await composer.goto(`chrome-extension://${s.extensionId}/notice.html#notice=${flagId}`);
    const card = composer.getByRole('article').first();
    await card.getByLabel('Notice text').waitFor();
    const files = unzipSync(await download(composer, card.getByRole('button', { name: 'Download case file' })));
    await composer.close();
    return files[Object.keys(files).find((f) => f.endsWith('.png'))!];
  }

  it('a badge flag carries a screenshot whose hash verifies; one missing is added by the toolbar popup', async () => {
    const page = await s.open(suspect.url);
    const flagPage = await flagFromBadge(s, page);
    await flagPage.getByRole('status', { name: 'Flag saved' }).getByText('Evidence details').click();
    const listed = await flagPage.getByRole('list', { name: 'Evidence' }).locator('li').allInnerTexts();
    const shot = listed.find((e) => e.startsWith('screenshot, '));
    assert.ok(shot, JSON.stringify(listed));
    const [flag] = await rows<{ id: number }>(s, 'flags');
    const sha = (png: Uint8Array) => createHash('sha256').update(png).digest('hex');
    assert.equal(sha(await caseFilePng(flag.id)), shot.split('SHA-256 ')[1]);
    await flagPage.close();

    // Without the screenshot (as a badge flag is in a normal install), opening the popup adds it.
    await s.worker.evaluate(async () => {
      const open = indexedDB.open('listing-lens');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const store = db.transaction('evidence', 'readwrite').objectStore('evidence');
      const all: { id: number; kind: string }[] = await new Promise((ok) => {
        const r = store.getAll();
        r.onsuccess = () => ok(r.result);
      });
      for (const e of all) if (e.kind === 'screenshot') store.delete(e.id);
      db.close();
    });
    const popup = await s.popupFor(page);
    const added = popup.getByRole('status', { name: 'Screenshot added' });
    await added.waitFor();
    // Plain words first; the hash is behind the disclosure, for those who check it.
    assert.doesNotMatch(await added.innerText(), /[0-9a-f]{64}/);
    await added.getByText('Evidence details').click();
    const hash = (await added.getByRole('list', { name: 'Added evidence' }).innerText()).match(/[0-9a-f]{64}/)![0];
    assert.match(await added.getByRole('list', { name: 'Added evidence' }).innerText(), /^screenshot, captured /);

    assert.equal(sha(await caseFilePng(flag.id)), hash);
    await Promise.all([popup.close(), page.close()]);
  });
});
