import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ListingLensDb, openDb } from '../../utils/db';
import { EMPTY_PROFILE, clearProfile, loadProfile, saveProfile } from '../../utils/profile';

const sam = {
  name: 'Sam Rivera',
  organisation: '',
  email: 'sam@example.org',
  phone: '',
  address: '',
  role: 'consumer' as const,
  rights: '',
  signature: '',
};
const local = () => browser.storage.local.get(null);

// Personal data in the extension's database, out of content scripts' reach (Firefox lets them read
// storage.local); a profile an earlier version kept in storage.local moves over once.
describe('the profile', () => {
  let db: ListingLensDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = openDb(`profile-${Math.random()}`);
  });

  it('is saved in the database and nowhere in storage.local', async () => {
    expect(await saveProfile(db, sam)).toMatchObject({ ok: true });
    expect(await loadProfile(db)).toEqual(sam);
    expect(await db.settings.get('profile')).toEqual({ key: 'profile', value: sam });
    expect(JSON.stringify(await local())).not.toContain('Rivera');
  });

  it('refuses a malformed one with a sentence per field and keeps the saved one', async () => {
    await saveProfile(db, sam);
    const r = await saveProfile(db, { ...sam, email: 'not an address' });
    expect(r.ok).toBe(false);
    expect(await loadProfile(db)).toEqual(sam);
  });

  it('moves a profile an earlier version stored in storage.local, then removes that copy', async () => {
    await browser.storage.local.set({ profile: { ...sam, name: 'Old Stored' }, profile$: { v: 1 } });
    expect((await loadProfile(db)).name).toBe('Old Stored');
    expect(await local()).not.toHaveProperty('profile');
    expect((await db.settings.get('profile'))?.value).toMatchObject({ name: 'Old Stored' });
  });

  it('drops an old stored profile that is malformed instead of carrying it over', async () => {
    await browser.storage.local.set({ profile: { name: 42 } });
    expect(await loadProfile(db)).toEqual(EMPTY_PROFILE);
    expect(await local()).not.toHaveProperty('profile');
    expect(await db.settings.get('profile')).toBeUndefined();
  });

  it('is cleared from both places', async () => {
    await saveProfile(db, sam);
    await browser.storage.local.set({ profile: sam });
    await clearProfile(db);
    expect(await loadProfile(db)).toEqual(EMPTY_PROFILE);
    expect(await local()).not.toHaveProperty('profile');
  });
});
