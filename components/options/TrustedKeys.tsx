import { useState } from 'preact/hooks';
import type { TrustedKeyView } from '../../utils/packs/views';

interface Props {
  keys: TrustedKeyView[];
  busy: boolean;
  onAdd(text: string, label: string): void;
  onRemove(key: TrustedKeyView): void;
}

/** Publisher keys whose signatures make a pack "verified", each shown by fingerprint. */
export function TrustedKeys({ keys, busy, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  return (
    <div>
      <h3>Trusted publisher keys</h3>
      <ul aria-label="Trusted publisher keys">
        {keys.map((k) => (
          <li key={k.keyId} data-key-id={k.keyId}>
            {k.label}{' '}
            <code role="note" aria-label={`Fingerprint of ${k.label}`}>
              {k.fingerprint}
            </code>
            {k.bundled ? (
              <span class="muted"> (built in; vouches for example packs only)</span>
            ) : (
              <button type="button" disabled={busy} aria-label={`Remove key ${k.label}`} onClick={() => onRemove(k)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        aria-label="Add a trusted publisher key"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(text, label);
          setText('');
          setLabel('');
        }}
      >
        <label>
          Publisher key (contents of publisher.pub){' '}
          <textarea rows={3} cols={60} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          Name{' '}
          <input
            value={label}
            placeholder="Alliance rules team"
            maxLength={100}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" disabled={busy}>
          Trust this key
        </button>
        <p class="muted">Compare the fingerprint shown after adding with the one the publisher gives you.</p>
      </form>
    </div>
  );
}
