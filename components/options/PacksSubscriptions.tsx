import { useState } from 'preact/hooks';
import { formatRelativeTime } from '../../utils/packs/relative-time';
import { DEFAULT_INTERVAL_HOURS, type SubscriptionView } from '../../utils/packs/views';

interface Props {
  subscriptions: SubscriptionView[];
  now: number;
  busy: boolean;
  onSubscribe(url: string, intervalHours: number): void;
  onUpdate(url: string | null): void;
  onUnsubscribe(url: string): void;
}

const INTERVALS = [
  [6, 'every 6 hours'],
  [DEFAULT_INTERVAL_HOURS, 'daily'],
  [168, 'weekly'],
] as const;

/** Pack URLs the extension keeps up to date, with when each was last checked and what went wrong. */
export function PacksSubscriptions({ subscriptions, now, busy, onSubscribe, onUpdate, onUnsubscribe }: Props) {
  const [url, setUrl] = useState('');
  const [interval, setInterval] = useState<number>(DEFAULT_INTERVAL_HOURS);
  return (
    <div>
      <h3>Subscriptions</h3>
      {subscriptions.length === 0 ? (
        <p class="muted">No subscriptions. The built-in demo pack is used until you subscribe to a real one.</p>
      ) : (
        <ul aria-label="Pack subscriptions" class="packs-subs">
          {subscriptions.map((s) => (
            <li key={s.url} data-subscription={s.url}>
              <code>{s.url}</code> · checked {formatRelativeTime(s.lastChecked, now)} · updated{' '}
              {formatRelativeTime(s.lastUpdated, now)} · every {s.intervalHours} h
              {s.lastError ? (
                <div role="alert" class="warn">
                  Last update failed: {s.lastError}
                </div>
              ) : null}
              <div>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Update ${s.url} now`}
                  onClick={() => onUpdate(s.url)}
                >
                  Update now
                </button>{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Unsubscribe from ${s.url}`}
                  onClick={() => onUnsubscribe(s.url)}
                >
                  Unsubscribe
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label="Subscribe to a rule pack"
        onSubmit={(e) => {
          e.preventDefault();
          onSubscribe(url.trim(), interval);
        }}
      >
        <label>
          Pack URL (https){' '}
          <input
            type="url"
            required
            placeholder="https://alliance.example.org/packs/main.signed"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            size={50}
          />
        </label>{' '}
        <label>
          Check{' '}
          <select value={interval} onChange={(e) => setInterval(Number(e.currentTarget.value))}>
            {INTERVALS.map(([h, label]) => (
              <option key={h} value={h}>
                {label}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" disabled={busy}>
          Subscribe
        </button>
        {subscriptions.length > 1 ? (
          <button type="button" disabled={busy} onClick={() => onUpdate(null)}>
            Update all now
          </button>
        ) : null}
      </form>
    </div>
  );
}
