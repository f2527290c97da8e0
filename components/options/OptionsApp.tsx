import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';
import { DiagnosticsSection } from './DiagnosticsSection';
import { HistorySection } from './HistorySection';
import { PacksSection } from './PacksSection';
import { PageSection } from './PageSection';
import { ProfileSection } from './ProfileSection';

// One list drives both the navigation and the page, so a section cannot appear in one only.
// The profile comes first: a role's notices cannot go out without it.
const SECTIONS: { id: string; title: MessageKey; Body: () => ComponentChildren }[] = [
  { id: 'profile', title: 'options_profile', Body: () => <ProfileSection /> },
  { id: 'history', title: 'options_history', Body: () => <HistorySection /> },
  { id: 'packs', title: 'options_packs', Body: () => <PacksSection /> },
  { id: 'page', title: 'options_page', Body: () => <PageSection /> },
  { id: 'diagnostics', title: 'options_diagnostics', Body: () => <DiagnosticsSection /> },
];

export function OptionsApp() {
  return (
    <div class="options">
      <nav aria-label={t('options_sections')}>
        <h1>{t('extName')}</h1>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{t(s.title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {SECTIONS.map(({ id, title, Body }) => (
          <Section key={id} id={id} title={t(title)}>
            <Body />
          </Section>
        ))}
      </main>
    </div>
  );
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-h`} class="options-section">
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      {props.children}
    </section>
  );
}
