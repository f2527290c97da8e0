import type { Request, Responses } from '../messages';
import { type ContentHandlers, hasOnlyKeys } from './answer-background';
import type { BadgeRenderer } from './render';

type TriageRequest = Request<'bg:triage'>;
type TriageReply = Responses['bg:triage'];
const ACTIONS = new Set(['next', 'previous', 'select', 'take', 'flagged', 'fine']);

/**
 * The reviewer's shortcuts arrive from the background (commands API, so they never collide with the
 * page's own keys): move between flagged listings in page order with their reasons open, select
 * several, and hand the background the ones to decide on.
 */
export function triageHandler(render: BadgeRenderer): ContentHandlers['bg:triage'] {
  let current: string | null = null;
  const selected = new Set<string>();
  /** Decided on this page: an earlier visit's "looks fine" does not cover them. */
  const decided = new Set<string>();
  const markEarlier = (ids: readonly string[] = []) => {
    for (const id of ids) if (!selected.has(id) && !decided.has(id)) render.mark(id, 'fine');
  };
  const move = (step: 1 | -1): TriageReply => {
    const order = render.inPageOrder();
    if (order.length === 0) return { listingIds: [] };
    const at = order.findIndex((b) => b.listingId === current);
    const next = order[at < 0 ? (step === 1 ? 0 : order.length - 1) : (at + step + order.length) % order.length];
    current = next.listingId;
    next.host.scrollIntoView({ block: 'center' });
    next.open();
    return { listingIds: [current] };
  };
  const handle = (m: TriageRequest): TriageReply => {
    switch (m.action) {
      case 'next':
        markEarlier(m.listingIds);
        return move(1);
      case 'previous':
        markEarlier(m.listingIds);
        return move(-1);
      case 'select':
        if (current && !selected.delete(current)) selected.add(current);
        if (current) render.mark(current, selected.has(current) ? 'selected' : null);
        return { listingIds: [...selected] };
      case 'take':
        return { listingIds: selected.size > 0 ? [...selected] : current ? [current] : [] };
      case 'flagged':
      case 'fine':
        for (const id of m.listingIds ?? []) {
          selected.delete(id);
          decided.add(id);
          render.mark(id, m.action);
        }
        return { listingIds: m.listingIds ?? [] };
    }
  };
  return { accepts: isTriage, answer: handle };
}

function isTriage(p: unknown): p is TriageRequest {
  if (!hasOnlyKeys(p, ['action', 'listingIds'])) return false;
  const { action, listingIds } = p;
  return (
    typeof action === 'string' &&
    ACTIONS.has(action) &&
    (listingIds === undefined ||
      (Array.isArray(listingIds) && listingIds.length <= 500 && listingIds.every((x) => typeof x === 'string')))
  );
}
