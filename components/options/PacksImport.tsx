import { t } from '../../utils/i18n';
interface Props {
  busy: boolean;
  /** Set when the last import needs the user's explicit consent to install unverified. */
  pending: { fileName: string; reason: string } | null;
  onFile(file: File): void;
  onConfirm(): void;
  onCancel(): void;
}

/** Import a pack file; an unsigned or unknown-key pack installs only after an explicit yes. */
export function PacksImport({ busy, pending, onFile, onConfirm, onCancel }: Props) {
  return (
    <div>
      <h3>Import a pack file</h3>
      <label>
        Pack file (.signed or .json){' '}
        <input
          type="file"
          accept=".signed,.json,.pack,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {pending ? (
        <div
          role="alertdialog"
          aria-labelledby="pack-unverified-title"
          aria-describedby="pack-unverified-reason"
          class="confirm"
        >
          <p id="pack-unverified-title">
            <strong>Install "{pending.fileName}" as unverified?</strong>
          </p>
          <p id="pack-unverified-reason">{pending.reason}</p>
          <p>
            An unverified pack decides which listings are flagged. Install it only if you made it or know where it came
            from; it will be marked unverified.
          </p>
          <p>{t('notice_unverified_pack_scope')}</p>
          <button type="button" disabled={busy} onClick={onConfirm}>
            Install unverified
          </button>{' '}
          <button type="button" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : null}
    </div>
  );
}
