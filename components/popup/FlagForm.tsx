import { useState } from 'preact/hooks';
import { INFRINGEMENT_TYPES, TYPE_LABELS, type InfringementType } from '../../utils/notices/infringement-types';
import { flagBrand } from '../../utils/cases/flag-defaults';
import type { Listing, Verdict } from '../../utils/types';

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

/** The flag form: the user picks the type and corrects what was read. Renders data; decides nothing. */
export function FlagForm(props: {
  initial: FlagValues;
  busy: boolean;
  error: string | null;
  onSubmit: (v: FlagValues) => void;
  onCancel?: () => void;
}) {
  const [v, setV] = useState(props.initial);
  const set = (patch: Partial<FlagValues>) => setV({ ...v, ...patch });
  const setBuy = (patch: Partial<FlagValues['testBuy']>) => set({ testBuy: { ...v.testBuy, ...patch } });
  return (
    <form
      aria-label="Flag this listing"
      onSubmit={(e) => {
        e.preventDefault();
        if (v.type) props.onSubmit(v);
      }}
    >
      <label for="ll-type">Infringement type</label>
      <select
        id="ll-type"
        required
        value={v.type}
        onChange={(e) => set({ type: e.currentTarget.value as InfringementType })}
      >
        <option value="">Choose what this listing infringes…</option>
        {INFRINGEMENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <p class="muted" style={{ fontSize: '12px' }}>
        An unauthorised seller or a low price alone is not an infringement: platforms reject such notices.
      </p>
      <label for="ll-title">Listing title</label>
      <input id="ll-title" value={v.title} onInput={(e) => set({ title: e.currentTarget.value })} />
      <label for="ll-url">Listing URL</label>
      <input id="ll-url" value={v.url} onInput={(e) => set({ url: e.currentTarget.value })} />
      <label for="ll-brand">Brand</label>
      <input id="ll-brand" value={v.brand} onInput={(e) => set({ brand: e.currentTarget.value })} />
      <label for="ll-seller">Seller</label>
      <input id="ll-seller" value={v.seller} onInput={(e) => set({ seller: e.currentTarget.value })} />
      <label for="ll-note">Note</label>
      <textarea
        id="ll-note"
        rows={3}
        value={v.note}
        onInput={(e) => set({ note: e.currentTarget.value })}
        placeholder="Why you believe it infringes, in your words"
      />
      {v.type === 'COUNTERFEIT' ? (
        <fieldset style={{ border: '1px solid var(--line)', borderRadius: '6px', marginTop: '8px' }}>
          <legend>Test buy (optional)</legend>
          <label for="ll-order">Order id</label>
          <input id="ll-order" value={v.testBuy.orderId} onInput={(e) => setBuy({ orderId: e.currentTarget.value })} />
          <label for="ll-order-date">Order date</label>
          <input
            id="ll-order-date"
            type="date"
            value={v.testBuy.date}
            onInput={(e) => setBuy({ date: e.currentTarget.value })}
          />
          <label for="ll-findings">Findings</label>
          <textarea
            id="ll-findings"
            rows={2}
            value={v.testBuy.findings}
            onInput={(e) => setBuy({ findings: e.currentTarget.value })}
          />
        </fieldset>
      ) : null}
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <div class="row" style={{ marginTop: '8px' }}>
        <button type="submit" class="primary" disabled={props.busy || !v.type}>
          {props.busy ? 'Saving…' : 'Save flag'}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
