import { useEffect, useState } from 'preact/hooks';
import type { ComposeResult } from '../../utils/cases/types';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { formatsFor } from '../../utils/notices/formats/registry';
import type { FormatId, NoticeExtra } from '../../utils/notices/types';
import { extensionPageDb } from '../../utils/db';
import { loadProfile } from '../../utils/profile';
import { FormatPicker } from './FormatPicker';
import { NoticeCard } from './NoticeCard';
import { TestBuyPhotos } from './TestBuyPhotos';

/** Builds notices for the given flags in the chosen format, grouped by marketplace and right. */
export function NoticeComposer({ flagIds }: { flagIds: number[] }) {
  const [format, setFormat] = useState<FormatId | null>(null);
  const [extra, setExtra] = useState<NoticeExtra>({});
  const [result, setResult] = useState<ComposeResult | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    loadProfile(extensionPageDb()).then((p) => setFormat(formatsFor(p.role)[0]));
  }, []);
  useEffect(() => {
    if (!format) return;
    sendMessage('ui:notice-compose', { flagIds, format, extra }).then(setResult, (e: Error) =>
      setResult({ ok: false, error: e.message }),
    );
  }, [format, version, flagIds.join(',')]);

  if (!format) return <p role="status">{t('notice_loading')}</p>;
  return (
    <section aria-label={t('notice_composer_label')}>
      <h2>{t('notice_heading', flagIds.length)}</h2>
      <FormatPicker
        formats={result?.ok ? result.formats : [format]}
        format={format}
        extra={extra}
        onFormat={(f) => {
          setResult(null);
          setFormat(f);
        }}
        onExtra={setExtra}
      />
      <TestBuyPhotos flagIds={flagIds} />
      <button type="button" onClick={() => setVersion(version + 1)}>
        {t('notice_update')}
      </button>
      {!result ? <p role="status">{t('notice_preparing')}</p> : null}
      {result && !result.ok ? (
        <p role="alert" class="error">
          {result.error}
        </p>
      ) : null}
      {result?.ok ? (
        <>
          <p class="muted">{result.identityNote}</p>
          {result.warnings.length ? (
            <section class="card" role="alert" aria-label={t('notice_accuracy_warning')}>
              {result.warnings.map((w, i) => (
                <p key={i} class="error">
                  {w}
                </p>
              ))}
            </section>
          ) : null}
          {result.groups.flatMap((g, gi) =>
            g.notices.map((n) => {
              const where = [g.marketplace, g.brand, g.right && t('notice_right', g.right)].filter(Boolean).join(', ');
              const title = t('notice_card_title', `${gi + 1}${n.parts > 1 ? `.${n.part}` : ''}`, where);
              return (
                // Keyed by format and listings, not by regeneration, so edits survive "Update the notice".
                <NoticeCard
                  key={`${n.format}-${n.flagIds.join(',')}`}
                  notice={n}
                  role={result.role}
                  title={title}
                  route={g.route}
                  endpoints={g.endpoints}
                />
              );
            }),
          )}
        </>
      ) : null}
    </section>
  );
}
