// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FlagForm, initialFlagValues } from '../../../components/popup/FlagForm';

const listing = {
  title: 'B0SE QC45 replica',
  price: null,
  seller: { name: 'CheapAudio', id: null, url: null },
  brand: 'Bose',
  listingId: 'B0DEMO0SUS',
  url: null,
  image: null,
  condition: null,
  sponsored: null,
};
const byLabel = (root: HTMLElement, text: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === text);
  return label ? (root.querySelector(`#${label.getAttribute('for')}`) as HTMLInputElement | HTMLSelectElement) : null;
};

describe('flag form', () => {
  it('labels every control, shows test-buy fields only for counterfeits, and submits the corrected fields', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onSubmit = vi.fn();
    act(() =>
      render(
        <FlagForm
          initial={initialFlagValues(listing, 'https://www.amazon.com/dp/B0DEMO0SUS')}
          busy={false}
          error={null}
          onSubmit={onSubmit}
        />,
        root,
      ),
    );
    for (const l of ['Infringement type', 'Listing title', 'Listing link', 'Brand', 'Seller', 'Note'])
      expect(byLabel(root, l), l).not.toBeNull();
    expect(byLabel(root, 'Order number')).toBeNull();
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save flag')!;
    expect(save.disabled).toBe(true);
    const type = byLabel(root, 'Infringement type') as HTMLSelectElement;
    expect([...type.options].map((o) => o.value)).not.toContain('UNAUTHORISED_SELLER');
    act(() => {
      type.value = 'COUNTERFEIT';
      type.dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (const l of ['Order number', 'Order date', 'What you found']) expect(byLabel(root, l), l).not.toBeNull();
    const title = byLabel(root, 'Listing title') as HTMLInputElement;
    act(() => {
      title.value = 'Corrected title';
      title.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'COUNTERFEIT', title: 'Corrected title', seller: 'CheapAudio' }),
    );
    for (const el of root.querySelectorAll('input, select, textarea, button')) {
      const named = el.id ? root.querySelector(`label[for="${el.id}"]`) : null;
      expect(named || el.getAttribute('aria-label') || el.textContent?.trim(), el.outerHTML).toBeTruthy();
    }
  });
});
