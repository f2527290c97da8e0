import { t } from '../../utils/i18n';
import type { Route } from '../../utils/notices/destinations';

/** Where the notice goes and what the platform's form asks for, with where that knowledge came from. */
export function Destination({ route }: { route: Route }) {
  return (
    <section aria-label={t('notice_destination_label')} class="muted">
      {route.label ? (
        <p>
          <strong>{t('notice_destination_label')}:</strong> {route.label}
          {route.email ? ` (${route.email})` : ''}
        </p>
      ) : null}
      {route.trust === 'fallback' ? (
        <p role="note">{t('notice_destination_fallback', route.fallbackPack ?? '')}</p>
      ) : null}
      {route.trust === 'none' || (!route.email && !route.formUrl) ? (
        <p role="note">{t('notice_destination_none')}</p>
      ) : null}
      {route.example ? <p role="note">{t('notice_destination_example')}</p> : null}
      {route.fields.length ? (
        <>
          <p>{t('notice_checklist', route.label ?? '')}</p>
          <ul aria-label={t('notice_checklist', route.label ?? '')} style={{ paddingLeft: '18px' }}>
            {route.fields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
