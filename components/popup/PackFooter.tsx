import { t } from '../../utils/i18n';
import type { PackStatus } from '../../utils/messages';
import { needsExampleNote } from '../../utils/labels';

export function PackFooter({ pack }: { pack: PackStatus }) {
  if (!pack.loaded) return null;
  const notes = [
    needsExampleNote(pack.name, pack.example) ? t('popup_pack_example') : null,
    pack.verified ? null : t('popup_pack_unverified'),
  ].filter(Boolean);
  return (
    <footer class="muted small">
      {t('popup_pack_line', pack.name ?? '', pack.version ?? 0, pack.brands)}
      {notes.length ? ` · ${notes.join(' · ')}` : ''}
    </footer>
  );
}
