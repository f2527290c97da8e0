import { useEffect, useRef, useState } from 'preact/hooks';

// The notice's editable fields. A regenerated notice (after "Update the notice") replaces only
// the fields the user has not touched; an edited field keeps the user's words and the new text
// waits until the user chooses to take it. A stored notice's text counts as the user's.
export type Fields = { recipient: string; subject: string; text: string };
type Key = keyof Fields;
const KEYS: Key[] = ['recipient', 'subject', 'text'];

export function useEditedFields(generated: Fields, stored: Fields | null) {
  const [values, setValues] = useState<Fields>(stored ?? generated);
  const [touched, setTouched] = useState<Record<Key, boolean>>(() => ({
    recipient: !!stored && stored.recipient !== generated.recipient,
    subject: !!stored && stored.subject !== generated.subject,
    text: !!stored && stored.text !== generated.text,
  }));
  const [pending, setPending] = useState<Partial<Fields>>({});
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const next = { ...values };
    const waiting: Partial<Fields> = {};
    for (const k of KEYS) {
      if (!touched[k]) next[k] = generated[k];
      else if (values[k] !== generated[k]) waiting[k] = generated[k];
    }
    setValues(next);
    setPending(waiting);
  }, [generated.recipient, generated.subject, generated.text]);

  return {
    values,
    pending,
    edit: (k: Key, v: string) => {
      setValues({ ...values, [k]: v });
      setTouched({ ...touched, [k]: true });
    },
    acceptPending: () => {
      setValues({ ...values, ...pending });
      setTouched({ recipient: false, subject: false, text: false });
      setPending({});
    },
  };
}
