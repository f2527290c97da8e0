import { t } from '../../utils/i18n';
import { marketLabel } from '../../utils/labels';
import { StatusOptions } from './StatusCells';
import type { HistoryFilter } from './history-view';

export function HistoryFilters(props: {
  filter: HistoryFilter;
  markets: string[];
  onChange: (f: HistoryFilter) => void;
}) {
  const f = props.filter;
  return (
    <search class="row filters" aria-label={t('options_history_filter')}>
      <div>
        <label for="ll-f-status">{t('options_history_filter_status')}</label>
        <select
          id="ll-f-status"
          value={f.status}
          onChange={(e) => props.onChange({ ...f, status: e.currentTarget.value })}
        >
          <option value="">{t('options_history_any_status')}</option>
          <StatusOptions />
        </select>
      </div>
      <div>
        <label for="ll-f-market">{t('options_history_filter_market')}</label>
        <select
          id="ll-f-market"
          value={f.market}
          onChange={(e) => props.onChange({ ...f, market: e.currentTarget.value })}
        >
          <option value="">{t('options_history_any_market')}</option>
          {props.markets.map((m) => (
            <option key={m} value={m}>
              {marketLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <div style={{ flex: 1 }}>
        <label for="ll-f-q">{t('options_history_search')}</label>
        <input
          id="ll-f-q"
          type="search"
          value={f.query}
          onInput={(e) => props.onChange({ ...f, query: e.currentTarget.value })}
        />
      </div>
    </search>
  );
}
