import { browser } from 'wxt/browser';
import type { ContentMessage, Request, Responses } from '../messages';

/**
 * One handler per `bg:*` message, typed by name (a missing one is a compile error). Each checks its
 * payload by hand: the protocol's zod schemas would weigh on every marketplace page, and the
 * background validates what comes back (`contentReplies`).
 */
export type ContentHandlers = {
  [N in ContentMessage]: {
    accepts(payload: unknown): payload is Request<N>;
    answer(payload: Request<N>): Responses[N];
  };
};

/**
 * The content script's side of `bg:*`: the one listener outside the background, answering only
 * our own background (never a page, another extension or one of our other content scripts).
 */
export function answerBackground(handlers: ContentHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as ContentMessage] as {
      accepts(p: unknown): boolean;
      answer(p: unknown): unknown;
    };
    return handler.accepts(payload) ? Promise.resolve(handler.answer(payload)) : undefined;
  });
}

/** A plain object with exactly these keys (some optional), as a strict schema would accept. */
export function hasOnlyKeys(p: unknown, keys: readonly string[]): p is Record<string, unknown> {
  return !!p && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).every((k) => keys.includes(k));
}
