import { MAX_COUNTER_RATE, MIN_REMOVED_RATE, WINDOW_DAYS, type PlatformAccuracy } from '../../utils/cases/accuracy';
import { t } from '../../utils/i18n';
import { formatPercent } from '../shared/format';
import { marketLabel } from '../../utils/labels';
import { DataTable } from './DataTable';

const pct = (x: number | null) => (x === null ? '–' : formatPercent(x));

/** The user's own accuracy per platform, against the thresholds platforms apply (text built from those constants). */
export function AccuracyPanel({ accuracy }: { accuracy: PlatformAccuracy[] }) {
  const min = formatPercent(MIN_REMOVED_RATE);
  const max = formatPercent(MAX_COUNTER_RATE);
  return (
    <section class="card" aria-labelledby="ll-accuracy-h">
      <h3 id="ll-accuracy-h">{t('options_accuracy_title', WINDOW_DAYS)}</h3>
      {accuracy.length === 0 ? (
        <p class="muted">{t('options_accuracy_none', WINDOW_DAYS)}</p>
      ) : (
        <DataTable
          label={t('options_accuracy_title', WINDOW_DAYS)}
          columns={[
            'options_accuracy_platform',
            'options_accuracy_sent',
            'options_accuracy_decided',
            'options_accuracy_removed',
            'options_accuracy_counter',
          ]}
        >
          {accuracy.map((a) => {
            const low = a.removedRate !== null && a.removedRate < MIN_REMOVED_RATE;
            const high = a.counterRate !== null && a.counterRate > MAX_COUNTER_RATE;
            return (
              <tr key={a.marketplace}>
                <td>{marketLabel(a.marketplace)}</td>
                <td>{a.sent}</td>
                <td>{a.decided}</td>
                <td class={low ? 'error' : undefined}>
                  {pct(a.removedRate)}
                  {low ? ` ${t('options_accuracy_below', min)}` : ''}
                </td>
                <td class={high ? 'error' : undefined}>
                  {pct(a.counterRate)}
                  {high ? ` ${t('options_accuracy_above', max)}` : ''}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <p class="muted">{t('options_accuracy_rule', min, max)}</p>
    </section>
  );
}
