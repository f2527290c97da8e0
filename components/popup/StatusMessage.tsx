import type { ComponentChildren } from 'preact';

/** A clear state with what the user can do next. */
export function StatusMessage(props: { title: string; children?: ComponentChildren; tone?: 'info' | 'error' }) {
  return (
    <section class="card" role="status" aria-label={props.title}>
      <h2 class={props.tone === 'error' ? 'error' : undefined}>{props.title}</h2>
      {props.children}
    </section>
  );
}
