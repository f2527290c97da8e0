import { MAX_COUNTER_RATE, MIN_REMOVED_RATE, WINDOW_DAYS, type PlatformAccuracy } from '../../utils/cases/accuracy';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 1000) / 10}%`);

/** The user's own accuracy per platform, against the thresholds platforms apply. */
export function AccuracyPanel({ accuracy }: { accuracy: PlatformAccuracy[] }) {
  return (
    <section class="card" aria-label="Your accuracy">
      <h3>Your accuracy, last {WINDOW_DAYS} days</h3>
      {accuracy.length === 0 ? (
        <p class="muted">No notices sent in the last {WINDOW_DAYS} days.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Platform</th>
              <th>Sent</th>
              <th>Decided</th>
              <th>Removed / decided</th>
              <th>Counter-notices</th>
            </tr>
          </thead>
          <tbody>
            {accuracy.map((a) => {
              const low = a.removedRate !== null && a.removedRate < MIN_REMOVED_RATE;
              const high = a.counterRate !== null && a.counterRate > MAX_COUNTER_RATE;
              return (
                <tr key={a.marketplace}>
                  <td>{a.marketplace}</td>
                  <td>{a.sent}</td>
                  <td>{a.decided}</td>
                  <td class={low ? 'error' : undefined}>
                    {pct(a.removedRate)}
                    {low ? ' (below 90%)' : ''}
                  </td>
                  <td class={high ? 'error' : undefined}>
                    {pct(a.counterRate)}
                    {high ? ' (above 5%)' : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="muted">
        Platforms limit notifiers whose notices lead to removal less than 90% of the time or draw counter-notices more
        than 5% of the time.
      </p>
    </section>
  );
}
