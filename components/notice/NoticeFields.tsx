import { t } from '../../utils/i18n';
import type { Fields } from './use-edited-fields';

/** Recipient, subject and text; read-only once the notice was sent. */
export function NoticeFields(props: {
  title: string;
  values: Fields;
  readOnly: boolean;
  pending: Partial<Fields>;
  onChange: (k: keyof Fields, v: string) => void;
  onAcceptPending: () => void;
}) {
  const slug = props.title.replace(/[^A-Za-z0-9]+/g, ' ').trim();
  const { recipient, subject, text } = props.values;
  return (
    <>
      <label for={`ll-to-${slug}`}>{t('notice_recipient')}</label>
      <input
        id={`ll-to-${slug}`}
        value={recipient}
        readOnly={props.readOnly}
        onInput={(e) => props.onChange('recipient', e.currentTarget.value)}
        placeholder={t('notice_recipient_placeholder')}
      />
      <label for={`ll-subject-${slug}`}>{t('notice_subject')}</label>
      <input
        id={`ll-subject-${slug}`}
        value={subject}
        readOnly={props.readOnly}
        onInput={(e) => props.onChange('subject', e.currentTarget.value)}
      />
      <label for={`ll-text-${slug}`}>{t('notice_text')}</label>
      <textarea
        id={`ll-text-${slug}`}
        rows={18}
        value={text}
        readOnly={props.readOnly}
        onInput={(e) => props.onChange('text', e.currentTarget.value)}
        style={{ fontFamily: 'ui-monospace, monospace', fontSize: '12px' }}
      />
      {!props.readOnly && Object.keys(props.pending).length ? (
        <p role="status">
          {t('notice_edited_kept')}{' '}
          <button type="button" onClick={props.onAcceptPending}>
            {t('notice_use_new_text')}
          </button>
        </p>
      ) : null}
    </>
  );
}
