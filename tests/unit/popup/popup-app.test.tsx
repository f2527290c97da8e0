// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PackStatus, TabState } from '../../../utils/messages';
import type { PopupModel } from '../../../utils/popup-state';

// The flag panel talks to the background; these tests are about the popup's own states.
vi.mock('../../../components/popup/FlagPanel', () => ({ FlagPanel: () => null }));

const pack: PackStatus = {
  loaded: true,
  id: 'demo',
  name: 'Demo pack',
  version: 3,
  brands: 9,
  verified: true,
  example: true,
  error: null,
};
const listing = {
  title: 'Replica B0SE QC45',
  price: { amount: 39.99, currency: 'USD' },
  seller: { name: 'Shady Store', id: 'A1', url: null },
  brand: 'Generic',
  listingId: 'B0X',
  url: 'https://www.amazon.com/dp/B0X',
  image: null,
  condition: null,
  sponsored: null,
};

function show(tab: TabState, over: Partial<PopupModel> = {}) {
  const root = document.createElement('div');
  render(
    <PopupApp
      model={{ tabId: 4, url: tab.url, supportedHost: true, marketplace: 'amazon', tab, pack, ...over }}
      onOpenOptions={() => {}}
    />,
    root,
  );
  return root;
}

describe('popup states', () => {
  it('shows the listing, level and reasons for a judged product page', () => {
    const root = show({
      kind: 'judged',
      url: listing.url,
      adapter: 'amazon',
      page: 'product',
      listings: [listing],
      packName: 'Demo pack',
      verdicts: [
        {
          listingId: 'B0X',
          level: 'suspect',
          score: 91,
          reasons: [
            {
              signal: 'coded-wording',
              weight: 40,
              message: 'Title says "replica" next to "Bose"',
              evidence: { matched: 'replica', near: 'B0SE' },
            },
            { signal: 'price', weight: 0, message: 'not compared', evidence: { accessory: 'case' } },
          ],
        },
      ],
    });
    const text = root.textContent!;
    expect(text).toContain('Suspect score 91/100');
    // Reasons are written from the evidence, not the engine's English message; neutral ones wait in Details.
    const top = root.querySelector('ul[aria-label="Main reasons"]')!.textContent;
    expect(top).toBe('▲Raises the score:The title says “replica” near “B0SE”, wording used for fakes');
    expect(text).toContain('Replica B0SE QC45');
    expect(text).toContain('Shady Store');
    expect(text).toMatch(/\$39\.99/);
    expect(text).toContain('example data');
  });

  it.each([
    // A shop without an adapter is read on demand with the general reader (activeTab).
    [{ kind: 'unsupported', url: 'https://example.org/' } as TabState, { supportedHost: false }, 'Reading this shop'],
    [{ kind: 'unsupported', url: null } as TabState, { supportedHost: false, tabId: null }, 'Site not supported'],
    [{ kind: 'unsupported', url: 'https://www.amazon.com/dp/X' } as TabState, {}, 'Not read yet'],
    [{ kind: 'not-listing', url: 'https://www.amazon.com/', adapter: 'amazon' } as TabState, {}, 'Not a listing page'],
    [
      { kind: 'unreadable', url: 'https://www.amazon.com/dp/X', adapter: 'amazon', missing: ['title'] } as TabState,
      {},
      'Could not read this listing',
    ],
    [
      { kind: 'no-rules', url: 'https://www.amazon.com/dp/X', reason: 'No rule pack is active.' } as TabState,
      {},
      'Rules not loaded',
    ],
  ])('has a clear state for %o', (tab, over, heading) => {
    const root = show(tab, over);
    expect(root.querySelector('h2')?.textContent).toBe(heading);
  });

  it('names the missing field when a listing cannot be read', () => {
    const root = show({ kind: 'unreadable', url: 'u', adapter: 'ebay', missing: ['price', 'title'] });
    expect(root.textContent).toContain('(price, title)');
  });

  it('says rules are not loaded before anything else', () => {
    const root = show(
      { kind: 'not-listing', url: 'u', adapter: 'amazon' },
      { pack: { ...pack, loaded: false, error: 'The pack expired.' } },
    );
    expect(root.querySelector('h2')?.textContent).toBe('Rules not loaded');
    expect(root.textContent).toContain('The pack expired.');
  });

  it('lists results worst first on a search page', () => {
    const other = { ...listing, listingId: 'B0Y', title: 'Bose QC45 genuine' };
    const root = show({
      kind: 'judged',
      url: 'u',
      adapter: 'amazon',
      page: 'search',
      listings: [other, listing],
      packName: 'Demo pack',
      verdicts: [
        { listingId: 'B0Y', level: 'ok', score: 3, reasons: [] },
        { listingId: 'B0X', level: 'suspect', score: 90, reasons: [] },
      ],
    });
    expect(root.textContent).toContain('2 listings read: 1 worth a look, 1 suspect.');
    const rows = Array.from(root.querySelectorAll('li.result')).map((li) => li.textContent);
    expect(rows[0]).toContain('Replica B0SE QC45');
    expect(rows).toHaveLength(2);
    const only = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    act(() => {
      only.checked = true;
      only.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelectorAll('li.result')).toHaveLength(1);
  });

  const noRules: TabState = {
    kind: 'no-rules',
    url: 'https://www.amazon.com/s?k=x',
    reason: 'No rule pack is active.',
  };
  const decisionView = (id: string, action: 'flag' | 'fine') => ({
    id,
    action,
    marketplace: 'amazon',
    items: [{ listingId: 'B0X', title: listing.title, url: listing.url, reasons: [] }],
  });
  /** The popup on a tab, with a triage decision waiting or not. */
  function showTriage(decision: ReturnType<typeof decisionView> | null) {
    const onTriageConfirm = vi.fn(async () => ({ ok: true as const }));
    const root = document.body.appendChild(document.createElement('div'));
    const model = { tabId: 4, url: noRules.url, supportedHost: true, marketplace: 'amazon', tab: noRules, pack };
    act(() =>
      render(
        <PopupApp
          model={{ ...model, decision }}
          onOpenOptions={() => {}}
          onTriageConfirm={onTriageConfirm}
          onTriageCancel={() => {}}
        />,
        root,
      ),
    );
    return { root, onTriageConfirm };
  }

  it('shows a waiting triage decision first, and its usual view once it is decided', async () => {
    const { root, onTriageConfirm } = showTriage(decisionView('decision-0002', 'fine'));
    expect(root.querySelector('form h2')?.textContent).toBe('Mark 1 listing as “looks fine”');
    expect(root.textContent).not.toContain('Rules not loaded');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    });
    expect(onTriageConfirm).toHaveBeenCalledWith('decision-0002', '');
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('Rules not loaded');
  });

  it('shows a decision made while it is open', async () => {
    const view = decisionView('decision-0003', 'flag');
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(view as never);
    const { root } = showTriage(null);
    expect(root.querySelector('form')).toBeNull();
    await act(async () => {
      await fakeBrowser.storage.session.set({ 'triage-pending:4': { id: view.id } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(asked).toHaveBeenCalledWith({ type: 'ui:triage-pending', payload: { tabId: 4 } });
    expect(root.querySelector('form h2')?.textContent).toBe('Flag 1 listing as counterfeit');
    asked.mockRestore();
  });
});
