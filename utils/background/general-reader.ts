import { browser } from 'wxt/browser';

// The general readers (result cards, structured data, the visible page) ship as their own script and are
// loaded into a marketplace tab only when that marketplace's adapter reads nothing there, so each
// marketplace's content script stays small. The router has already checked that the message came from a
// content script in the tab's top frame; the tab is the sender's own, never one the payload names.
const GENERAL_READER_SCRIPT = '/general-reader.js';

export async function loadGeneralReader(tabId: number | null): Promise<{ ok: boolean }> {
  if (tabId === null) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GENERAL_READER_SCRIPT] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
