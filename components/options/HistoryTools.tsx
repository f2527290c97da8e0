import { useState } from 'preact/hooks';
import { RETENTION_CHOICES } from '../../utils/cases/retention';

/** Export, delete-all and retention: the user's control over what is kept. */
export function HistoryTools(props: {
  retentionDays: number;
  onExport: (kind: 'flags-csv' | 'notices-csv' | 'json') => void;
  onClear: () => void;
  onRetention: (days: number) => void;
}) {
  const [confirm, setConfirm] = useState(false);
  return (
    <section class="card" aria-label="Export and retention">
      <div class="row">
        <button type="button" onClick={() => props.onExport('flags-csv')}>
          Export flags as CSV
        </button>
        <button type="button" onClick={() => props.onExport('notices-csv')}>
          Export notices as CSV
        </button>
        <button type="button" onClick={() => props.onExport('json')}>
          Export all as JSON
        </button>
      </div>
      <label for="ll-retention">Keep flags, evidence and notices for</label>
      <select
        id="ll-retention"
        value={String(props.retentionDays)}
        onChange={(e) => props.onRetention(Number(e.currentTarget.value))}
        style={{ maxWidth: '240px' }}
      >
        {RETENTION_CHOICES.map((d) => (
          <option key={d} value={String(d)}>
            {d === 0 ? 'until I delete them' : `${d} days`}
          </option>
        ))}
      </select>
      <div class="row" style={{ marginTop: '8px' }}>
        {confirm ? (
          <>
            <span class="error">Delete every flag, notice and piece of evidence? This cannot be undone.</span>
            <button
              type="button"
              onClick={() => {
                setConfirm(false);
                props.onClear();
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirm(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirm(true)}>
            Delete all flags and notices
          </button>
        )}
      </div>
    </section>
  );
}
