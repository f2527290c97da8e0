import { browser } from 'wxt/browser';
import type { ListingLensDb } from '../db';
import { buildEvidenceRows, storeEvidence } from '../evidence/capture';
import type { CaptureOutcome } from './types';
import type { PageSnapshot } from '../messages';
import { takeSnapshot } from '../background/snapshot';
import { cleanListingUrl, stripTracking } from '../notices/url-clean';

// Evidence for a saved flag, taken from the tab showing the listing: a screenshot of what is
// visible and the sanitised snapshot of the page (utils/background/snapshot.ts). What the page yields is
// untrusted, so it is validated; a missing artefact is reported, never invented.

const NO_SCREENSHOT =
  'No screenshot yet: the browser allows one only after a click on the Listing Lens button. Click it in the toolbar while this listing is showing and the screenshot is added to this flag.';

const sameDoc = (a: string | undefined, b: string) => (a ?? '').replace(/#.*$/, '') === b.replace(/#.*$/, '');

export async function screenshot(tabId: number, windowId: number, active: boolean): Promise<string> {
  // captureVisibleTab shows a window's front tab; when the flag page is in front, bring the
  // listing forward for the capture and put the flag page back.
  const [front] = active ? [] : await browser.tabs.query({ active: true, windowId });
  if (!active) {
    await browser.tabs.update(tabId, { active: true });
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  } finally {
    if (front?.id !== undefined && front.id !== tabId)
      await browser.tabs.update(front.id, { active: true }).catch(() => undefined);
  }
}

export async function captureForFlag(
  db: ListingLensDb,
  flagId: number,
  tabId: number,
  pageUrl: string,
  now = new Date(),
): Promise<CaptureOutcome> {
  const flag = await db.flags.get(flagId);
  if (!flag) return { ok: false, error: 'no-flag', message: 'That flag no longer exists.' };
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || tab.windowId === undefined || !sameDoc(tab.url, pageUrl)) {
    return {
      ok: false,
      error: 'tab-gone',
      message:
        'The tab no longer shows this listing, so no evidence was captured. The flag is saved: open the listing in a tab, then choose “Capture evidence” for it in the history.',
    };
  }
  const missing: string[] = [];
  // A second capture (from the history, or flagging an open case again) adds only what is missing.
  const have = new Set((await db.evidence.where('flagId').equals(flagId).toArray()).map((e) => e.kind));
  let shot: string | null = null;
  if (!have.has('screenshot')) {
    try {
      shot = await screenshot(tabId, tab.windowId, !!tab.active);
    } catch {
      missing.push(NO_SCREENSHOT);
    }
  }
  let snap: PageSnapshot | null = null;
  if (!have.has('snapshot')) {
    try {
      const r = await takeSnapshot(tabId);
      // The evidence names the page without the tracking parameters it was reached with.
      if (sameDoc(r.url, pageUrl)) snap = { ...r, url: stripTracking(r.url) ?? r.url };
      else missing.push('Page snapshot not taken: the page did not answer as expected.');
    } catch {
      missing.push('Page snapshot not taken: the page did not answer (reload it and retry).');
    }
  }
  const rows = (
    await buildEvidenceRows({
      flagId,
      url: flag.url,
      screenshot: shot,
      snapshot: snap,
      now,
      fields: {
        flagId,
        url: flag.url,
        marketplace: flag.marketplace,
        type: flag.type,
        listing: flag.listing,
        verdict: flag.verdict,
      },
    })
  ).filter((r) => !have.has(r.kind));
  const stored = await storeEvidence(db, rows);
  if (!stored.ok) return { ok: false, error: stored.error, message: stored.message };
  // The answer lists all the flag holds, so a second capture that added nothing still shows its evidence.
  const all = await db.evidence.where('flagId').equals(flagId).toArray();
  return {
    ok: true,
    missing,
    evidence: all.map((r) => ({ id: r.id!, flagId, kind: r.kind, sha256: r.sha256, capturedAt: r.capturedAt })),
  };
}

/** Evidence for an earlier flag, from whichever open tab shows its listing. */
export async function recaptureForFlag(db: ListingLensDb, flagId: number): Promise<CaptureOutcome> {
  const flag = await db.flags.get(flagId);
  if (!flag) return { ok: false, error: 'no-flag', message: 'That flag no longer exists.' };
  const want = cleanListingUrl(flag.url);
  const tabs = await browser.tabs.query({});
  const tab = tabs.find((t) => {
    if (!t.url || t.id === undefined) return false;
    const got = cleanListingUrl(t.url);
    return want.ok && got.ok ? got.url === want.url : t.url === flag.url;
  });
  if (!tab?.id || !tab.url)
    return { ok: false, error: 'tab-gone', message: 'Open the listing in a tab first, then try again.' };
  return captureForFlag(db, flagId, tab.id, tab.url);
}
