import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';

/**
 * The site switches: pause Listing Lens here (remembered per site), and for a shop without a
 * dedicated adapter, "Always read" (asks for that one site's permission in the user's click).
 */
export function SiteControls({ url, marketplace }: { url: string | null; marketplace: boolean }) {
  const origin = httpsOrigin(url);
  const [sites, setSites] = useState<{ added: string[]; paused: string[] } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    sendMessage('ui:sites', {}).then(setSites, () => setSites(null));
  }, []);
  if (!origin || !sites) return null;
  const host = new URL(origin).host;
  const paused = sites.paused.includes(origin);
  const togglePause = async () => {
    await sendMessage('ui:site-pause', { origin, paused: !paused });
    setSites({ ...sites, paused: paused ? sites.paused.filter((o) => o !== origin) : [...sites.paused, origin] });
    setNote(t(paused ? 'page_pause_off' : 'page_pause_on'));
  };
  const add = async () => {
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    const done = granted ? await sendMessage('ui:site-add', { origin }) : null;
    if (done?.ok) setSites({ ...sites, added: [...sites.added, origin] });
    setNote(done?.ok ? t('page_add_site_done', host) : done ? done.error : t('page_add_site_denied'));
  };
  return (
    <section class="card" aria-label={t('page_pause_title')}>
      <label>
        <input type="checkbox" checked={paused} onChange={() => void togglePause()} /> {t('page_pause_label', host)}
      </label>
      {!marketplace && !sites.added.includes(origin) ? (
        <p>
          <button type="button" onClick={() => void add()}>
            {t('page_add_site', host)}
          </button>
        </p>
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </section>
  );
}

function httpsOrigin(url: string | null): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
