import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { BasketComposer } from './BasketComposer';
import { FlagFromTab } from './FlagFromTab';
import { NoticeComposer } from './NoticeComposer';
import { parseRoute, type NoticeRoute } from './route';

/** The flag-and-notice page: a badge's flag form, one flag's notice, or the case basket. */
export function NoticeApp() {
  const [route, setRoute] = useState<NoticeRoute>(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return (
    <main style={{ maxWidth: '900px', margin: '0 auto', padding: '16px' }}>
      <h1>{t('extName')}</h1>
      {route.kind === 'flag' ? <FlagFromTab tabId={route.tabId} listingId={route.listingId} /> : null}
      {route.kind === 'notice' ? <NoticeComposer key={route.flagIds.join(',')} flagIds={route.flagIds} /> : null}
      {route.kind === 'basket' ? <BasketComposer /> : null}
    </main>
  );
}
