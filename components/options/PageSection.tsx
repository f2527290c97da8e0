import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';

/** In-page settings: the quiet "checked" mark, and the shops the user asked to have read automatically. */
export function PageSection() {
  const [checked, setChecked] = useState<boolean | null>(null);
  const [added, setAdded] = useState<string[] | null>(null);
  useEffect(() => {
    sendMessage('ui:page-settings', {}).then(
      (s) => setChecked(s.checkedMark),
      () => setChecked(false),
    );
    sendMessage('ui:sites', {}).then(
      (s) => setAdded(s.added),
      () => setAdded([]),
    );
  }, []);
  const toggle = async () => setChecked((await sendMessage('ui:page-settings', { checkedMark: !checked })).checkedMark);
  const remove = async (origin: string) => {
    await sendMessage('ui:site-remove', { origin });
    setAdded((added ?? []).filter((o) => o !== origin));
  };
  return (
    <>
      <label>
        <input type="checkbox" checked={checked === true} disabled={checked === null} onChange={() => void toggle()} />{' '}
        {t('page_checked_setting')}
      </label>
      <h3>{t('page_sites_heading')}</h3>
      {added && added.length === 0 ? <p class="muted">{t('page_sites_none')}</p> : null}
      <ul aria-label={t('page_sites_aria')}>
        {(added ?? []).map((origin) => (
          <li key={origin}>
            {origin}{' '}
            <button type="button" onClick={() => void remove(origin)} aria-label={t('page_sites_remove', origin)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
