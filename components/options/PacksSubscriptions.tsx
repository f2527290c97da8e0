import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { DEFAULT_INTERVAL_HOURS, type SubscriptionView } from '../../utils/packs/views';
import { formatAge } from '../shared/format';
import { ActionNote, type Note } from './ActionNote';

interface Props {
  subscriptions: SubscriptionView[];
  now: number;
  busy: boolean;
  note?: Note | null;
  onSubscribe(url: string, intervalHours: number): void;
  onUpdate(url: string | null): void;
  onUnsubscribe(url: string): void;
}

const INTERVALS = [
  [6, 'options_subs_every_6h'],
  [24, 'options_subs_daily'],
  [168, 'options_subs_weekly'],
] as const;

/** Pack URLs the extension keeps up to date, with when each was last checked and what went wrong. */
export function PacksSubscriptions({
  subscriptions,
  now,
  busy,
  note = null,
  onSubscribe,
  onUpdate,
  onUnsubscribe,
}: Props) {
  const [url, setUrl] = useState('');
  const [interval, setInterval] = useState(DEFAULT_INTERVAL_HOURS);
  const age = (at: number | null) => formatAge(at, now, 'minute');
  return (
    <div>
      <h3>{t('options_subs')}</h3>
      {subscriptions.length === 0 ? (
        <p class="muted">{t('options_subs_none')}</p>
      ) : (
        <ul aria-label={t('options_subs_list')} class="packs-subs">
          {subscriptions.map((s) => (
            <li key={s.url} data-subscription={s.url}>
              <code>{s.url}</code> · {t('options_subs_state', age(s.lastChecked), age(s.lastUpdated), s.intervalHours)}
              {s.lastError ? (
                <div role="alert" class="field-error">
                  {t('options_subs_failed', s.lastError)}
                </div>
              ) : null}
              <div class="row">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('options_subs_update_one', s.url)}
                  onClick={() => onUpdate(s.url)}
                >
                  {t('options_subs_update')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('options_subs_unsubscribe_one', s.url)}
                  onClick={() => onUnsubscribe(s.url)}
                >
                  {t('options_subs_unsubscribe')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label={t('options_subs_form')}
        onSubmit={(e) => {
          e.preventDefault();
          onSubscribe(url.trim(), interval);
        }}
      >
        <div class="row">
          <label class="inline">
            {t('options_subs_url')}
            <input
              type="url"
              required
              placeholder="https://alliance.example.org/packs/main.signed"
              value={url}
              aria-describedby="ll-subs-note"
              aria-invalid={note?.area === 'subscriptions' && note.kind === 'error' ? 'true' : undefined}
              onInput={(e) => setUrl(e.currentTarget.value)}
              size={50}
            />
          </label>
          <label class="inline">
            {t('options_subs_check')}
            <select value={interval} onChange={(e) => setInterval(Number(e.currentTarget.value))}>
              {INTERVALS.map(([h, key]) => (
                <option key={h} value={h}>
                  {t(key)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            {t('options_subs_subscribe')}
          </button>
          {subscriptions.length > 1 ? (
            <button type="button" disabled={busy} onClick={() => onUpdate(null)}>
              {t('options_subs_update_all')}
            </button>
          ) : null}
        </div>
        <ActionNote note={note} area="subscriptions" id="ll-subs-note" />
      </form>
    </div>
  );
}
