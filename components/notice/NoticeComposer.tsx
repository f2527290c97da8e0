import { useEffect, useState } from 'preact/hooks';
import type { ComposeResult } from '../../utils/cases/types';
import { sendMessage } from '../../utils/messaging';
import { FORMATS_BY_ROLE, type FormatId, type NoticeExtra } from '../../utils/notices/types';
import { loadProfile } from '../../utils/profile';
import { FormatPicker } from './FormatPicker';
import { NoticeCard } from './NoticeCard';

/** Builds notices for the given flags in the chosen format, grouped by marketplace and right. */
export function NoticeComposer({ flagIds }: { flagIds: number[] }) {
  const [format, setFormat] = useState<FormatId | null>(null);
  const [extra, setExtra] = useState<NoticeExtra>({});
  const [result, setResult] = useState<ComposeResult | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    loadProfile().then((p) => setFormat(FORMATS_BY_ROLE[p.role][0]));
  }, []);
  useEffect(() => {
    if (!format) return;
    setResult(null);
    sendMessage('ui:notice-compose', { flagIds, format, extra }).then(setResult, (e: Error) =>
      setResult({ ok: false, error: e.message }),
    );
  }, [format, version, flagIds.join(',')]);

  if (!format) return <p role="status">Loading…</p>;
  return (
    <section aria-label="Notice composer">
      <h2>
        Notice for {flagIds.length} flagged listing{flagIds.length === 1 ? '' : 's'}
      </h2>
      <FormatPicker
        formats={result?.ok ? result.formats : [format]}
        format={format}
        extra={extra}
        onFormat={setFormat}
        onExtra={setExtra}
      />
      <button type="button" onClick={() => setVersion(version + 1)}>
        Update the notice
      </button>
      {!result ? <p role="status">Preparing the notice…</p> : null}
      {result && !result.ok ? (
        <p role="alert" class="error">
          {result.error}
        </p>
      ) : null}
      {result?.ok ? (
        <>
          <p class="muted">{result.identityNote}</p>
          {result.warnings.length ? (
            <section class="card" role="alert" aria-label="Accuracy warning">
              {result.warnings.map((w, i) => (
                <p key={i} class="error">
                  {w}
                </p>
              ))}
            </section>
          ) : null}
          {result.groups.flatMap((g, gi) =>
            g.notices.map((n) => {
              const title = `Notice ${gi + 1}${n.parts > 1 ? `.${n.part}` : ''}: ${g.marketplace}${g.brand ? `, ${g.brand}` : ''}${g.right ? `, right ${g.right}` : ''}`;
              return (
                <NoticeCard
                  key={`${format}-${version}-${title}`}
                  notice={n}
                  role={result.role}
                  title={title}
                  reportUrl={g.reportUrl}
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
