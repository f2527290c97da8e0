import { browser } from 'wxt/browser';
import type { TriageReply, TriageRequest } from '../messages';
import type { BadgeRenderer } from './render';

const ACTIONS = new Set(['next', 'previous', 'select', 'take', 'flagged', 'fine']);

/**
 * The reviewer's shortcuts arrive from the background (commands API, so they never collide with the
 * page's own keys): move between flagged listings in page order with their reasons open, select
 * several, and hand the background the ones to decide on. Only our own extension is answered.
 */
export function listenForTriage(render: BadgeRenderer): void {
  let current: string | null = null;
  const selected = new Set<string>();
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
        return move(1);
      case 'previous':
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
          render.mark(id, m.action);
        }
        return { listingIds: m.listingIds ?? [] };
    }
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isTriage(message)) return undefined;
    return Promise.resolve(handle(message));
  });
}

function isTriage(m: unknown): m is TriageRequest {
  if (!m || typeof m !== 'object') return false;
  const { type, action, listingIds } = m as Record<string, unknown>;
  return (
    type === 'bg:triage' &&
    typeof action === 'string' &&
    ACTIONS.has(action) &&
    (listingIds === undefined || (Array.isArray(listingIds) && listingIds.every((x) => typeof x === 'string')))
  );
}
