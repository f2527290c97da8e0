import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * The browser runs content scripts only in pages loaded after an install or update: tabs already open
 * keep none, or an orphaned one that has taken its badges down. So on install and update every open tab
 * of a marketplace or an added site gets the current script, in its top frame; where one already runs
 * (Firefox injects on install itself) the script's own guard leaves it alone.
 */
export function readOpenTabsOnInstall(sitesRestored: Promise<unknown>): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install' && details.reason !== 'update') return;
    void readOpenTabs(sitesRestored).catch(() => undefined);
  });
}

/** Injects each content script into the open tabs it matches; returns how many tabs took one. */
async function readOpenTabs(sitesRestored: Promise<unknown>): Promise<number> {
  // An update drops runtime-registered scripts: the worker's start registers added sites again; wait for it.
  await sitesRestored;
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  const scripts = [...(browser.runtime.getManifest().content_scripts ?? []), ...registered];
  let injected = 0;
  for (const { matches, js } of scripts) {
    if (!matches?.length || !js?.length) continue;
    const files = js.map((f) => `/${f.replace(/^\//, '')}`) as ScriptPublicPath[];
    for (const tab of await browser.tabs.query({ url: matches })) {
      if (tab.id === undefined || tab.discarded) continue;
      const done = await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).then(
        () => true,
        () => false,
      );
      if (done) injected += 1;
    }
  }
  return injected;
}
