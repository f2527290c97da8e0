import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { EvidenceRow, ListingLensDb } from '../db';
import { storeEvidence } from '../evidence/capture';
import { sha256Hex } from '../bytes';
import { dataUrlBytes } from '../evidence/data-url';
import { cleanListingUrl } from '../notices/url-clean';
import { screenshot } from './capture-tab';
import type { EvidenceMeta } from './types';

// The one-click screenshot. Chromium lets an extension capture a tab only with <all_urls> or
// activeTab, and activeTab is granted when the user clicks the toolbar button. A badge click
// is a click in the page, which grants nothing, so a flag made from a badge is saved without a
// screenshot; the next toolbar click on that listing's tab adds it to every open flag for the
// listing that still lacks one. The popup asks for this as it opens.
const CLOSED = ['removed', 'rejected', 'withdrawn'];

export type ScreenshotResult = { ok: true; evidence: EvidenceMeta[] } | { ok: false; message: string };

export async function addMissingScreenshot(
  db: ListingLensDb,
  tabId: number,
  now = new Date(),
): Promise<ScreenshotResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const here = tab?.url ? cleanListingUrl(tab.url) : null;
  if (!tab || tab.windowId === undefined || !here?.ok) return { ok: true, evidence: [] };
  const flags = (await db.flags.where('listingId').equals(here.listingId).toArray()).filter(
    (f) => f.id !== undefined && !CLOSED.includes(f.status) && cleanListingUrl(f.url).ok && f.url === here.url,
  );
  const shots = await db.evidence
    .where('flagId')
    .anyOf(flags.map((f) => f.id!))
    .and((e) => e.kind === 'screenshot')
    .toArray();
  const need = flags.filter((f) => !shots.some((s) => s.flagId === f.id));
  if (need.length === 0) return { ok: true, evidence: [] };
  let shot: string;
  try {
    shot = await screenshot(tabId, tab.windowId, !!tab.active);
  } catch {
    return {
      ok: false,
      message: t('bg_screenshot_refused'),
    };
  }
  const png = dataUrlBytes(shot);
  if (!png) return { ok: false, message: t('bg_screenshot_empty') };
  const sha256 = await sha256Hex(png.bytes);
  const capturedAt = now.toISOString();
  const rows: EvidenceRow[] = need.map((f) => ({
    flagId: f.id!,
    kind: 'screenshot',
    mime: png.mime,
    data: shot,
    sha256,
    capturedAt,
    url: f.url,
  }));
  const stored = await storeEvidence(db, rows);
  if (!stored.ok) return { ok: false, message: stored.message };
  return {
    ok: true,
    evidence: stored.rows.map((r, i) => ({
      id: stored.ids[i],
      flagId: r.flagId,
      kind: r.kind,
      sha256: r.sha256,
      capturedAt: r.capturedAt,
    })),
  };
}
