import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Request, Responses } from '../messages';
import { sendToTab } from './send-to-tab';
import { addedSitesItem, checkedMarkItem, forgetPageSettings, pausedSitesItem } from './page-settings';

// Any shop on demand: the popup's opening grants activeTab for its tab, which is enough to inject
// the general reader once. A site the user adds gets its optional host permission (requested by the
// popup, in the user's click) and a registered content script; removing it gives both back.
const GENERIC_SCRIPT = '/content-scripts/generic.js';
/** Registered scripts name their files from the extension's root, without the leading slash. */
const GENERIC_FILE = 'content-scripts/generic.js';
const scriptId = (origin: string) => `site:${origin}`;

/** https://host[:port] and nothing else, or null. */
function siteOrigin(text: string): string | null {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' && u.origin === text ? u.origin : null;
  } catch {
    return null;
  }
}

export const siteHandlers = {
  async 'ui:read-tab'({ tabId }: Request<'ui:read-tab'>): Promise<Responses['ui:read-tab']> {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [GENERIC_SCRIPT] });
      return { ok: true };
    } catch {
      return { ok: false, error: t('bg_page_unreadable') };
    }
  },
  async 'ui:sites'(): Promise<Responses['ui:sites']> {
    return { added: await addedSitesItem().getValue(), paused: await pausedSitesItem().getValue() };
  },
  async 'ui:site-add'({ origin }: Request<'ui:site-add'>): Promise<Responses['ui:site-add']> {
    const site = siteOrigin(origin);
    if (!site) return { ok: false, error: t('bg_site_https_only') };
    if (!(await browser.permissions.contains({ origins: [`${site}/*`] })))
      return { ok: false, error: t('bg_site_not_allowed') };
    await register(site);
    const added = await addedSitesItem().getValue();
    if (!added.includes(site)) await addedSitesItem().setValue([...added, site].sort());
    return { ok: true };
  },
  async 'ui:site-remove'({ origin }: Request<'ui:site-remove'>): Promise<Responses['ui:site-remove']> {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    await addedSitesItem().setValue((await addedSitesItem().getValue()).filter((o) => o !== origin));
    return { ok: true };
  },
  async 'ui:site-pause'({ origin, paused }: Request<'ui:site-pause'>): Promise<Responses['ui:site-pause']> {
    const list = new Set(await pausedSitesItem().getValue());
    if (paused) list.add(origin);
    else list.delete(origin);
    await pausedSitesItem().setValue([...list].sort());
    forgetPageSettings();
    // Only a well-formed origin becomes a match pattern ("https://*" would reach every tab).
    const site = siteOrigin(origin);
    if (site) await rereadTabs(await browser.tabs.query({ url: `${site}/*` }));
    return { ok: true };
  },
  async 'ui:page-settings'({ checkedMark }: Request<'ui:page-settings'>): Promise<Responses['ui:page-settings']> {
    if (checkedMark !== undefined) await checkedMarkItem().setValue(checkedMark);
    forgetPageSettings();
    if (checkedMark !== undefined) await rereadTabs(await browser.tabs.query({}));
    return { checkedMark: await checkedMarkItem().getValue() };
  },
};

/**
 * Settings apply to open pages at once: each tab's content script reads its page again and gets the new
 * answer (badges removed on a paused site, back on resume). Tabs without one simply do not answer.
 */
async function rereadTabs(tabs: { id?: number }[]): Promise<void> {
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : sendToTab(tab.id, 'bg:reread', {}).catch(() => null))),
  );
}

async function register(origin: string): Promise<void> {
  const have = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(origin)] });
  if (have.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id: scriptId(origin), matches: [`${origin}/*`], js: [GENERIC_FILE], runAt: 'document_start' },
  ]);
}

/** At start: every added site whose permission is still granted has its script (updates drop them). */
export async function restoreAddedSites(): Promise<void> {
  for (const origin of await addedSitesItem().getValue()) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) await register(origin).catch(() => undefined);
  }
}
