import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, type Session } from './harness';
import { readStore } from './idb';

// Steps the flag-and-notice tests share: the profile, a flag from the popup, the composer,
// a look into the extension's own IndexedDB.
export async function saveProfile(s: Session, role: string, fields: Record<string, string>) {
  const o = await s.options('#profile');
  const form = o.getByRole('form', { name: 'Your profile' });
  await form.waitFor();
  await form.getByLabel('Role').selectOption(role);
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await o.getByText('Profile saved on this device.').waitFor();
  await o.close();
}

/** Flags the tab's listing from the popup; returns the popup with the "Flag saved" region shown. */
export async function flagFromPopup(s: Session, page: Page, type: string, note: string): Promise<Page> {
  const popup = await s.popupFor(page);
  await popup.getByRole('button', { name: 'Flag this listing' }).click();
  const form = popup.getByRole('form', { name: 'Flag this listing' });
  await form.getByLabel('Infringement type').selectOption({ label: type });
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'Save flag' }).click();
  await popup.getByRole('status', { name: 'Flag saved' }).waitFor();
  await popup
    .getByRole('status', { name: 'Flag saved' })
    .getByText(/Evidence captured|no room|could not be stored|no longer shows/)
    .waitFor({ timeout: 15_000 });
  return popup;
}

export async function openComposer(s: Session, popup: Page): Promise<Page> {
  const [composer] = await Promise.all([
    s.context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Write a notice' }).click(),
  ]);
  await composer.waitForLoadState();
  return composer;
}

// A click on the toolbar button grants activeTab, which lets the extension screenshot the tab;
// tests cannot click the toolbar, so this copy of the build holds <all_urls> instead, which
// Chromium accepts for captureVisibleTab in the same way.
export function buildWithCapture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'listing-lens-capture-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Every row of one store in the extension's database, read in the background. */
export const rows = <T = Record<string, unknown>>(s: Session, store: string) =>
  readStore<T[]>(s.worker, store, 'getAll');

/** Changes one row in the extension's database (test set-up the UI would take many steps for). */
export async function patchRow(s: Session, store: string, id: number, patch: Record<string, unknown>): Promise<void> {
  await s.worker.evaluate(
    async ([name, key, changes]) => {
      const open = indexedDB.open('listing-lens');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const os = db.transaction(name, 'readwrite').objectStore(name);
      const row = await new Promise<Record<string, unknown>>((ok) => {
        const r = os.get(key);
        r.onsuccess = () => ok(r.result);
      });
      await new Promise((ok) => (os.put({ ...row, ...changes }).onsuccess = ok));
      db.close();
    },
    [store, id, patch] as const,
  );
}

/** A click on the page's badge (then Enter on its button) opens the flag page in a window of its own. */
export async function openFlagPageFromBadge(s: Session, page: Page): Promise<Page> {
  const badge = page.locator('[data-listing-lens-badge]');
  await badge.waitFor({ state: 'attached' });
  await badge.click();
  const [flagPage] = await Promise.all([
    s.context.waitForEvent('page'),
    page.keyboard.press('Tab').then(() => page.keyboard.press('Enter')),
  ]);
  await flagPage.waitForLoadState();
  return flagPage;
}
