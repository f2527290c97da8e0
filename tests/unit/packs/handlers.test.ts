import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { ensureBundledPack, forgetActiveEngine, loadActiveEngine } from '../../../utils/packs/active';
import { syncPackAlarms } from '../../../utils/packs/alarms';
import { packHandlers } from '../../../utils/packs/handlers';
import { toBase64 } from '../../../utils/bytes';
import { freshDb, makePack, packBytes, publisher, signed } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  forgetActiveEngine();
});

describe('pack messages', () => {
  it('imports an unverified pack only after the user says yes, and shows it as unverified', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    const pub = await publisher();
    const base64 = toBase64(packBytes(makePack(pub.keyId)));
    const first = await packHandlers['ui:pack-import']({ fileName: 'p.json', base64, allowUnverified: false }, db);
    expect(first).toMatchObject({ ok: false, canOverride: true });
    const second = await packHandlers['ui:pack-import']({ fileName: 'p.json', base64, allowUnverified: true }, db);
    expect(second).toMatchObject({ ok: true, message: expect.stringMatching(/UNVERIFIED.*now active/) });
    expect(second.overview.packs[0]).toMatchObject({ id: 'test.pack', active: true, verified: false });
    expect((await loadActiveEngine(db))?.pack).toMatchObject({ id: 'test.pack', verified: false });
  });

  it('adds a trusted key, then imports a pack it signed as verified; the demo key stays', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    const pub = await publisher('Alliance');
    const added = await packHandlers['ui:key-add']({ text: pub.ref.publicKey, label: 'Alliance rules team' }, db);
    expect(added.overview.keys.map((k) => k.label)).toEqual([
      'Listing Lens demo publisher (example data only)',
      'Alliance rules team',
    ]);
    const file = await signed(makePack(pub.keyId), pub.keyText);
    const r = await packHandlers['ui:pack-import'](
      { fileName: 'p.signed', base64: toBase64(file), allowUnverified: false },
      db,
    );
    expect(r.overview.packs.find((p) => p.id === 'test.pack')).toMatchObject({ verified: true, active: true });
    const demoKey = added.overview.keys.find((k) => k.bundled)!;
    expect(await packHandlers['ui:key-remove']({ keyId: demoKey.keyId }, db)).toMatchObject({ ok: false });
  });

  it('switches the active pack and the engine follows', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    const pub = await publisher();
    await packHandlers['ui:pack-import'](
      { fileName: 'p', base64: toBase64(packBytes(makePack(pub.keyId))), allowUnverified: true },
      db,
    );
    expect((await loadActiveEngine(db))?.pack.id).toBe('test.pack');
    await packHandlers['ui:pack-activate']({ id: 'demo.alliance-example' }, db);
    expect((await loadActiveEngine(db))?.pack.id).toBe('demo.alliance-example');
    const removed = await packHandlers['ui:pack-remove']({ id: 'demo.alliance-example' }, db);
    expect(removed.overview.packs.map((p) => [p.id, p.active])).toEqual([['test.pack', true]]);
    expect((await loadActiveEngine(db))?.pack.id).toBe('test.pack');
  });

  it('falls back to the bundled pack at once when the last pack is removed', async () => {
    const db = freshDb();
    await ensureBundledPack(db);
    const removed = await packHandlers['ui:pack-remove']({ id: 'demo.alliance-example' }, db);
    expect(removed).toMatchObject({ ok: true, message: expect.stringMatching(/demo pack is active again/) });
    expect(removed.overview.packs.map((p) => [p.id, p.active])).toEqual([['demo.alliance-example', true]]);
    expect((await loadActiveEngine(db))?.pack.id).toBe('demo.alliance-example');
  });

  it('keeps one alarm per subscription and does not push existing alarms back', async () => {
    const db = freshDb();
    await db.subscriptions.put({
      url: 'https://a.example/p.signed',
      intervalHours: 24,
      etag: null,
      lastModified: null,
      lastChecked: null,
      lastUpdated: null,
      lastError: null,
      packId: null,
    });
    await syncPackAlarms(db);
    const [first] = await browser.alarms.getAll();
    expect(first).toMatchObject({ name: 'pack-update:https://a.example/p.signed', periodInMinutes: 1440 });
    await syncPackAlarms(db);
    const again = await browser.alarms.getAll();
    expect(again).toHaveLength(1);
    expect(again[0].scheduledTime).toBe(first.scheduledTime);
    await db.subscriptions.clear();
    await syncPackAlarms(db);
    expect(await browser.alarms.getAll()).toHaveLength(0);
  });
});
