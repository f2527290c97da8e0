import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { readStore } from './idb';

// Every evidence snapshot the e2e suite writes is kept on disk when its browser closes, so the
// safety test can open each one from file:// and watch that nothing runs or fetches.
export const SNAPSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.output', 'e2e-snapshots');

/** Reads every snapshot row from the extension's database through one of its pages. */
export async function readSnapshots(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const rows = await readStore<{ kind: string; data: unknown }[]>(page, 'evidence', 'getAll');
    return rows.filter((r) => r.kind === 'snapshot' && typeof r.data === 'string').map((r) => r.data as string);
  } finally {
    await page.close();
  }
}

/** Called by the harness before a browser closes. */
export async function keepSnapshots(context: BrowserContext, extensionId: string): Promise<void> {
  const snapshots = await readSnapshots(context, extensionId);
  if (!snapshots.length) return;
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  for (const [i, html] of snapshots.entries()) writeFileSync(join(SNAPSHOT_DIR, `${stamp}-${i}.html`), html);
}

export function keptSnapshots(): { file: string; html: string }[] {
  let names: string[] = [];
  try {
    names = readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.html'));
  } catch {
    return [];
  }
  return names.map((f) => ({ file: join(SNAPSHOT_DIR, f), html: readFileSync(join(SNAPSHOT_DIR, f), 'utf8') }));
}
