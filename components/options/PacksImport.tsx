import { t } from '../../utils/i18n';
import { ActionNote, type Note } from './ActionNote';

interface Props {
  busy: boolean;
  /** Set when the last import needs the user's explicit consent to install unverified. */
  pending: { fileName: string; reason: string } | null;
  note?: Note | null;
  onFile(file: File): void;
  onConfirm(): void;
  onCancel(): void;
}

/** Import a pack file; an unsigned or unknown-key pack installs only after an explicit yes. */
export function PacksImport({ busy, pending, note = null, onFile, onConfirm, onCancel }: Props) {
  return (
    <div>
      <h3>{t('options_import')}</h3>
      <label class="inline">
        {t('options_import_file')}
        <input
          type="file"
          accept=".signed,.json,.pack,application/json"
          disabled={busy}
          aria-describedby="ll-import-note"
          aria-invalid={note?.area === 'import' && note.kind === 'error' ? 'true' : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <ActionNote note={note} area="import" id="ll-import-note" />
      {pending ? (
        <div
          role="alertdialog"
          aria-labelledby="pack-unverified-title"
          aria-describedby="pack-unverified-reason"
          class="confirm card"
        >
          <p id="pack-unverified-title">
            <strong>{t('options_import_confirm', pending.fileName)}</strong>
          </p>
          <p id="pack-unverified-reason">{pending.reason}</p>
          <p>{t('options_import_warning')}</p>
          <p>{t('notice_unverified_pack_scope')}</p>
          <div class="row">
            <button type="button" disabled={busy} onClick={onConfirm}>
              {t('options_import_yes')}
            </button>
            <button type="button" disabled={busy} onClick={onCancel}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
