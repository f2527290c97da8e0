// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ReviewedFineList } from '../../../components/options/ReviewedFineList';

const row = {
  marketplace: 'amazon',
  listingId: 'B0FINE0001',
  url: 'https://www.amazon.com/dp/B0FINE0001',
  title: 'Bose QC45',
  note: 'Sold by Bose\nchecked the seller page',
  decidedAt: Date.UTC(2026, 0, 2),
};

describe('"looks fine" decisions in the history', () => {
  it('says so when there are none', () => {
    const root = document.createElement('div');
    render(<ReviewedFineList rows={[]} onUndo={() => {}} />, root);
    expect(root.textContent).toMatch(/^No “looks fine” decisions yet/);
    expect(root.querySelector('table')).toBeNull();
  });

  it('shows the listing linked, the marketplace, the reason, and undoes by a named button', () => {
    const onUndo = vi.fn();
    const root = document.createElement('div');
    render(<ReviewedFineList rows={[row, { ...row, listingId: 'B0FINE0002', note: '' }]} onUndo={onUndo} />, root);
    const table = root.querySelector('table[aria-label="“Looks fine” decisions"]')!;
    const cells = [...table.querySelectorAll('tbody tr')[0].querySelectorAll('td')];
    expect(cells[0].textContent).toContain('Amazon');
    expect(cells[1].querySelector('a')!.getAttribute('href')).toBe(row.url);
    expect(cells[2].textContent).toBe(row.note);
    expect(table.querySelectorAll('tbody tr')[1].querySelectorAll('td')[2].textContent).toBe('No reason given');
    const undo = cells[3].querySelector('button')!;
    expect([undo.textContent, undo.getAttribute('aria-label')]).toEqual(['Undo', 'Undo “looks fine” for Bose QC45']);
    undo.click();
    expect(onUndo).toHaveBeenCalledExactlyOnceWith(row);
  });
});
