import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { INFRINGEMENT_TYPES, type InfringementType } from '../../utils/notices/infringement-types';
import { flagBrand } from '../../utils/cases/flag-defaults';
import type { Listing, Verdict } from '../../utils/types';
import { typeLabel } from '../../utils/labels';

export interface FlagValues {
  type: InfringementType | '';
  title: string;
  brand: string;
  seller: string;
  url: string;
  note: string;
  testBuy: { orderId: string; date: string; findings: string };
}

export const initialFlagValues = (listing: Listing, url: string, verdict: Verdict | null = null): FlagValues => ({
  type: '',
  title: listing.title,
  brand: flagBrand(verdict),
  seller: listing.seller?.name ?? listing.seller?.id ?? '',
  url,
  note: '',
  testBuy: { orderId: '', date: '', findings: '' },
});

/**
 * The flag form, compact: the type and a note up front; what was read from the page (already shown
 * above) only behind "Correct what was read". Focus starts on the type, the one required choice.
 */
export function FlagForm(props: {
  initial: FlagValues;
  busy: boolean;
  error: string | null;
  onSubmit: (v: FlagValues) => void;
  onCancel?: () => void;
}) {
  const [v, setV] = useState(props.initial);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (patch: Partial<FlagValues>) => setV({ ...v, ...patch });
  const setBuy = (patch: Partial<FlagValues['testBuy']>) => set({ testBuy: { ...v.testBuy, ...patch } });
  return (
    <form
      aria-label={t('popup_flag_form')}
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        if (v.type) props.onSubmit(v);
      }}
    >
      <label for="ll-type">{t('popup_flag_type')}</label>
      <select
        id="ll-type"
        ref={first}
        required
        aria-describedby="ll-type-hint"
        value={v.type}
        onChange={(e) => set({ type: e.currentTarget.value as InfringementType })}
      >
        <option value="">{t('popup_flag_type_choose')}</option>
        {INFRINGEMENT_TYPES.map((type) => (
          <option key={type} value={type}>
            {typeLabel(type)}
          </option>
        ))}
      </select>
      <p id="ll-type-hint" class="muted small">
        {t('popup_flag_type_hint')}
      </p>
      <label for="ll-note">{t('popup_flag_note')}</label>
      <textarea
        id="ll-note"
        rows={2}
        value={v.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
        placeholder={t('popup_flag_note_placeholder')}
      />
      <details>
        <summary>{t('popup_flag_correct')}</summary>
        <label for="ll-title">{t('popup_flag_title')}</label>
        <input id="ll-title" value={v.title} onInput={(e) => set({ title: e.currentTarget.value })} />
        <label for="ll-url">{t('popup_flag_url')}</label>
        <input id="ll-url" value={v.url} onInput={(e) => set({ url: e.currentTarget.value })} />
        <label for="ll-brand">{t('popup_field_brand')}</label>
        <input id="ll-brand" value={v.brand} onInput={(e) => set({ brand: e.currentTarget.value })} />
        <label for="ll-seller">{t('popup_field_seller')}</label>
        <input id="ll-seller" value={v.seller} onInput={(e) => set({ seller: e.currentTarget.value })} />
      </details>
      {v.type === 'COUNTERFEIT' ? (
        <details>
          <summary>{t('popup_flag_test_buy')}</summary>
          <label for="ll-order">{t('popup_flag_order_id')}</label>
          <input id="ll-order" value={v.testBuy.orderId} onInput={(e) => setBuy({ orderId: e.currentTarget.value })} />
          <label for="ll-order-date">{t('popup_flag_order_date')}</label>
          <input
            id="ll-order-date"
            type="date"
            value={v.testBuy.date}
            onInput={(e) => setBuy({ date: e.currentTarget.value })}
          />
          <label for="ll-findings">{t('popup_flag_findings')}</label>
          <textarea
            id="ll-findings"
            rows={2}
            value={v.testBuy.findings}
            onInput={(e) => setBuy({ findings: e.currentTarget.value })}
          />
        </details>
      ) : null}
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div class="row actions">
        <button type="submit" class="primary" disabled={props.busy || !v.type}>
          {props.busy ? t('popup_flag_saving') : t('popup_flag_save')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('common_cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
