import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  contentReplies,
  requests,
  type ContentMessage,
  type MessageName,
  type Request,
  type Responses,
} from './messages';

/** Sends a typed message to the background and returns its typed reply. */
export async function sendMessage<N extends MessageName>(type: N, payload: Request<N>): Promise<Responses[N]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    | Responses[N]
    | { rejected: string }
    | undefined;
  if (reply && typeof reply === 'object' && 'rejected' in reply) throw new Error(reply.rejected);
  if (reply === undefined) throw new Error(`No reply to ${type}`);
  return reply as Responses[N];
}

/**
 * Background to content script: sends a `bg:*` message to a tab's top frame and checks the answer
 * against its schema, since the page can shape what its content script returns. Throws when the
 * tab does not answer or answers out of shape.
 */
export async function sendToTab<N extends ContentMessage>(
  tabId: number,
  type: N,
  payload: Request<N>,
): Promise<Responses[N]> {
  const reply = await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 });
  const parsed = contentReplies[type].safeParse(reply);
  if (!parsed.success) throw new Error(`The page answered ${type} out of shape.`);
  return parsed.data as Responses[N];
}

export type ContentHandlers = { [N in ContentMessage]: (payload: Request<N>) => Responses[N] };

/**
 * The content script's side of `bg:*`: the one listener outside the background, answering only
 * our own background (never a page, another extension or one of our other content scripts).
 */
export function answerBackground(ctx: ContentScriptContext, handlers: ContentHandlers): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const { type, payload } = (message ?? {}) as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const name = type as ContentMessage;
    const parsed = requests[name].safeParse(payload);
    if (!parsed.success) return undefined;
    return Promise.resolve(handlers[name](parsed.data));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
