import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { TrustedKeyView } from '../../utils/packs/views';
import { ActionNote, type Note } from './ActionNote';

interface Props {
  keys: TrustedKeyView[];
  busy: boolean;
  note?: Note | null;
  onAdd(text: string, label: string): void;
  onRemove(key: TrustedKeyView): void;
}

/** Publisher keys whose signatures make a pack "verified", each shown by fingerprint. */
export function TrustedKeys({ keys, busy, note = null, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  return (
    <div>
      <h3>{t('options_keys')}</h3>
      <ul aria-label={t('options_keys')}>
        {keys.map((k) => {
          const name = k.bundled ? t('options_keys_bundled_name') : k.label;
          return (
            <li key={k.keyId} data-key-id={k.keyId}>
              <span translate={false}>{name}</span>{' '}
              <code role="note" aria-label={t('options_keys_fingerprint_of', name)}>
                {k.fingerprint}
              </code>
              {k.bundled ? (
                <span class="muted"> {t('options_keys_bundled')}</span>
              ) : (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('options_keys_remove', name)}
                  onClick={() => onRemove(k)}
                >
                  {t('options_keys_remove_short')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <form
        aria-label={t('options_keys_form')}
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(text, label);
          setText('');
          setLabel('');
        }}
      >
        <label for="ll-key-text">{t('options_keys_text')}</label>
        <textarea
          id="ll-key-text"
          rows={3}
          required
          value={text}
          aria-describedby="ll-keys-note"
          aria-invalid={note?.area === 'keys' && note.kind === 'error' ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <label for="ll-key-label">{t('options_keys_name')}</label>
        <input
          id="ll-key-label"
          value={label}
          placeholder={t('options_keys_name_placeholder')}
          maxLength={100}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <ActionNote note={note} area="keys" id="ll-keys-note" />
        <button type="submit" disabled={busy}>
          {t('options_keys_add')}
        </button>
        <p class="muted">{t('options_keys_compare')}</p>
      </form>
    </div>
  );
}
