import { browser } from 'wxt/browser';
import { snapshotReplySchema, type PageSnapshot } from '../messages';

const SNAPSHOT_SCRIPT = '/snapshot.js';

/**
 * The evidence snapshot of the page in a tab's top frame: the sanitiser is loaded into the tab for this
 * one capture (the tab is a marketplace's, a site the user added, or one they opened Listing Lens on).
 * Its answer is shaped by the page's DOM, so it is checked; throws when the tab cannot be read.
 */
export async function takeSnapshot(tabId: number): Promise<PageSnapshot> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SNAPSHOT_SCRIPT] });
  const parsed = snapshotReplySchema.safeParse(frame?.result);
  if (!parsed.success) throw new Error('The page answered the snapshot out of shape.');
  return parsed.data;
}
