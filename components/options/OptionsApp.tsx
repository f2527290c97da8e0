import type { ComponentChildren } from 'preact';
import { HistorySection } from './HistorySection';
import { PacksSection } from './PacksSection';
import { ProfileSection } from './ProfileSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { PageSection } from './PageSection';

// One list drives both the navigation and the page, so a section cannot appear in one only.
const SECTIONS = [
  { id: 'packs', title: 'Rule packs', Body: PacksSection },
  { id: 'history', title: 'Flags and notices', Body: HistorySection },
  { id: 'profile', title: 'Your profile', Body: ProfileSection },
  { id: 'page', title: 'In the page', Body: PageSection },
  { id: 'diagnostics', title: 'Diagnostics', Body: DiagnosticsSection },
] as const;

export function OptionsApp() {
  return (
    <div style={{ display: 'flex', gap: '24px', maxWidth: '1100px', margin: '0 auto', padding: '16px' }}>
      <nav aria-label="Options sections" style={{ minWidth: '170px' }}>
        <h1>Listing Lens</h1>
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {SECTIONS.map((s) => (
            <li key={s.id} style={{ margin: '6px 0' }}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main style={{ flex: 1, minWidth: 0 }}>
        {SECTIONS.map(({ id, title, Body }) => (
          <Section key={id} id={id} title={title}>
            <Body />
          </Section>
        ))}
      </main>
    </div>
  );
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-h`} style={{ marginBottom: '32px' }}>
      <h2 id={`${props.id}-h`} style={{ fontSize: '18px' }}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
