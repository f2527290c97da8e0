/** What became of the last action, shown beside the control that started it. */
export interface Note {
  area: 'installed' | 'subscriptions' | 'import' | 'keys';
  kind: 'ok' | 'error' | 'busy';
  text: string;
}

export function ActionNote({ note, area, id }: { note: Note | null; area: Note['area']; id: string }) {
  const mine = note?.area === area ? note : null;
  return (
    <p
      id={id}
      role={mine?.kind === 'error' ? 'alert' : 'status'}
      class={mine?.kind === 'error' ? 'field-error' : 'note-ok'}
    >
      {mine?.text ?? ''}
    </p>
  );
}
