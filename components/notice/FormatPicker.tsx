import { t, type MessageKey } from '../../utils/i18n';
import { formatOf } from '../../utils/notices/formats/registry';
import type { FormatId, NoticeExtra } from '../../utils/notices/types';

const formatLabelKey = (f: FormatId) => `notice_format_${f.replace(/-/g, '_')}` as MessageKey;
const EXTRA_KEYS: Record<keyof NoticeExtra, MessageKey> = {
  countries: 'notice_extra_countries',
  patentNumber: 'notice_extra_patent',
  copyrightWork: 'notice_extra_work',
  messageToSeller: 'notice_extra_message',
};

/** The format and the extra fields its descriptor asks for. */
export function FormatPicker(props: {
  formats: FormatId[];
  format: FormatId;
  extra: NoticeExtra;
  onFormat: (f: FormatId) => void;
  onExtra: (e: NoticeExtra) => void;
}) {
  const { format, extra } = props;
  return (
    <section class="card" aria-label={t('notice_format_section')}>
      <label for="ll-format">{t('notice_format_label')}</label>
      <select id="ll-format" value={format} onChange={(e) => props.onFormat(e.currentTarget.value as FormatId)}>
        {props.formats.map((f) => (
          <option key={f} value={f}>
            {t(formatLabelKey(f))}
          </option>
        ))}
      </select>
      {formatOf(format).extras.map((key) => (
        <div key={key}>
          <label for={`ll-extra-${key}`}>{t(EXTRA_KEYS[key])}</label>
          <input
            id={`ll-extra-${key}`}
            value={extra[key] ?? ''}
            onInput={(e) => props.onExtra({ ...extra, [key]: e.currentTarget.value })}
          />
        </div>
      ))}
    </section>
  );
}
