// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TriageDecision } from '../../../components/popup/TriageDecision';
import type { TriageDecisionView } from '../../../utils/messages';

// The popup's decision step, driven from the keyboard: the reason box has focus with the engine's
// reasons selected, Enter confirms what was typed, Shift+Enter is a new line, Escape cancels.
const reason = (matched: string) => ({
  signal: 'coded-wording' as const,
  weight: 40,
  message: 'x',
  evidence: { matched, near: 'B0SE' },
});
const decision = (action: 'flag' | 'fine', n: number): TriageDecisionView => ({
  id: 'decision-0001',
  action,
  marketplace: 'amazon',
  items: Array.from({ length: n }, (_, i) => ({
    listingId: `B0${i}`,
    title: `Listing ${i}`,
    url: i === 0 ? 'javascript:alert(1)' : `https://www.amazon.com/dp/B0${i}`,
    reasons: [reason(i % 2 ? 'replica' : '1:1')],
  })),
});

function show(d: TriageDecisionView) {
  const onConfirm = vi.fn(async (_: string) => ({ ok: true as const }));
  const onCancel = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TriageDecision decision={d} onConfirm={onConfirm} onCancel={onCancel} />, root));
  const box = root.querySelector('textarea')!;
  const key = async (k: string, shiftKey = false) =>
    act(() => void box.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true })));
  const type = (text: string) =>
    act(() => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return { root, box, key, type, onConfirm, onCancel };
}

describe('triage decision view', () => {
  it('says what will happen, names the listings and focuses the reason box', () => {
    const { root, box } = show(decision('flag', 3));
    const form = root.querySelector('form')!;
    expect(document.getElementById(form.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Flag 3 listings as counterfeit, together in the case basket',
    );
    const items = root.querySelectorAll('ul[aria-label="Listings in this decision"] li');
    expect([...items].map((li) => li.textContent)).toEqual(['Listing 0', 'Listing 1', 'Listing 2']);
    // Only https links: a page-derived URL of another scheme is shown as text.
    expect(items[0].querySelector('a')).toBeNull();
    expect(root.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Your reason');
    expect(document.activeElement).toBe(box);
    // The reason becomes every flag's note: the listings share no reason, so the box starts empty.
    expect(box.value).toBe('');
    expect(root.querySelector('button[type="submit"]')!.textContent).toBe('Flag as counterfeit');
  });

  it("prefills one listing's flag with its reasons, selected so typing replaces them", () => {
    const { box } = show(decision('flag', 1));
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('The title says “1:1” near “B0SE”, wording used for fakes');
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('confirms what was typed on Enter, not on Shift+Enter', async () => {
    const { key, type, onConfirm } = show(decision('fine', 1));
    type('Sold by the brand');
    await key('Enter', true);
    expect(onConfirm).not.toHaveBeenCalled();
    await key('Enter');
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('Sold by the brand');
  });

  it('cancels on Escape', async () => {
    const { key, onConfirm, onCancel } = show(decision('fine', 2));
    await key('Escape');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('asks for a reason before flagging, and shows what the background refused', async () => {
    const { root, box, key, type, onConfirm } = show(decision('flag', 1));
    type('   ');
    await key('Enter');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/Give a reason/);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).toMatch(
      /Give a reason/,
    );
    onConfirm.mockResolvedValueOnce({ ok: false, error: 'Storage is full.' } as never);
    type('Fake hologram');
    await key('Enter');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Storage is full.');
  });

  it('lists a long selection in short', () => {
    const { root } = show(decision('fine', 9));
    const items = root.querySelectorAll('ul[aria-label="Listings in this decision"] li');
    expect(items).toHaveLength(7);
    expect(items[6].textContent).toBe('and 3 more');
    expect(root.querySelector('h2')!.textContent).toBe('Mark 9 listings as “looks fine”');
  });
});
