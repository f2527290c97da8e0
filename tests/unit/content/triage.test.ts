import { describe, expect, it, vi } from 'vitest';
import type { BadgeHandle } from '../../../utils/content/badge';
import type { BadgeRenderer } from '../../../utils/content/render';
import { triageHandler } from '../../../utils/content/triage';

// The page side of triage: walking the badges in page order, selecting, handing over, and showing
// decisions, including "looks fine" decisions from an earlier visit that the background sends on a move.
function page(ids: string[]) {
  const marks = new Map<string, string | null>();
  const handles = ids.map(
    (listingId) =>
      ({ listingId, host: { scrollIntoView: vi.fn() }, open: vi.fn(), mark: vi.fn() }) as unknown as BadgeHandle,
  );
  const render = {
    inPageOrder: () => handles,
    mark: (id: string, m: string | null) => marks.set(id, m),
  } as unknown as BadgeRenderer;
  return { handler: triageHandler(render), marks };
}

describe('triage in the page', () => {
  it('walks the badges in page order, wrapping, and hands over the selection or the current one', () => {
    const { handler } = page(['A', 'B', 'C']);
    expect(handler.answer({ action: 'previous' })).toEqual({ listingIds: ['C'] });
    expect(handler.answer({ action: 'next' })).toEqual({ listingIds: ['A'] });
    expect(handler.answer({ action: 'take' })).toEqual({ listingIds: ['A'] });
    handler.answer({ action: 'select' });
    handler.answer({ action: 'next' });
    handler.answer({ action: 'select' });
    expect(handler.answer({ action: 'take' })).toEqual({ listingIds: ['A', 'B'] });
  });

  it('marks earlier "looks fine" decisions on a move, but not over a selection or a decision made here', () => {
    const { handler, marks } = page(['A', 'B', 'C']);
    handler.answer({ action: 'next' });
    handler.answer({ action: 'select' });
    handler.answer({ action: 'flagged', listingIds: ['B'] });
    handler.answer({ action: 'next', listingIds: ['A', 'B', 'C'] });
    expect(Object.fromEntries(marks)).toEqual({ A: 'selected', B: 'flagged', C: 'fine' });
  });

  it('refuses a request out of shape', () => {
    const { handler } = page([]);
    expect(handler.accepts({ action: 'next', listingIds: ['A'] })).toBe(true);
    expect(handler.accepts({ action: 'delete' })).toBe(false);
    expect(handler.accepts({ action: 'next', listingIds: 'A' })).toBe(false);
    expect(handler.accepts({ action: 'next', extra: 1 })).toBe(false);
  });
});
