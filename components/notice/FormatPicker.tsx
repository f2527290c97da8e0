import { FORMAT_LABELS, type FormatId, type NoticeExtra } from '../../utils/notices/types';

/** The format and the extra fields some formats need. */
export function FormatPicker(props: {
  formats: FormatId[];
  format: FormatId;
  extra: NoticeExtra;
  onFormat: (f: FormatId) => void;
  onExtra: (e: NoticeExtra) => void;
}) {
  const { format, extra } = props;
  const field = (key: keyof NoticeExtra, label: string) => (
    <>
      <label for={`ll-extra-${key}`}>{label}</label>
      <input
        id={`ll-extra-${key}`}
        value={extra[key] ?? ''}
        onInput={(e) => props.onExtra({ ...extra, [key]: e.currentTarget.value })}
      />
    </>
  );
  return (
    <section class="card" aria-label="Format and extra fields">
      <label for="ll-format">Notice format</label>
      <select id="ll-format" value={format} onChange={(e) => props.onFormat(e.currentTarget.value as FormatId)}>
        {props.formats.map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      {format === 'ebay-vero' ? (
        <>
          {field('countries', 'Countries where the item is not authorised (unlawful import)')}
          {field('patentNumber', 'Patent number (patent claims)')}
          {field('copyrightWork', 'Copyrighted work (copyright claims)')}
          {field('messageToSeller', 'Message to the seller (up to 1000 characters)')}
        </>
      ) : null}
      {format === 'amazon' ? (
        <>
          {field('patentNumber', 'Patent number (patent claims)')}
          {field('copyrightWork', 'Copyrighted work (copyright claims)')}
        </>
      ) : null}
    </section>
  );
}
