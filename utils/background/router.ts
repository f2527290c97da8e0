import type { Browser } from 'wxt/browser';
import {
  envelopeSchema,
  isPrivileged,
  isToContent,
  requests,
  type BackgroundMessage,
  type Request,
  type Responses,
} from '../messages';

type MessageSender = Browser.runtime.MessageSender;

export interface HandlerContext {
  sender: MessageSender;
  /** Tab the message came from (content scripts only). */
  tabId: number | null;
}

export type Handler<N extends BackgroundMessage> = (
  payload: Request<N>,
  ctx: HandlerContext,
) => Promise<Responses[N]> | Responses[N];
/** One handler per message the background receives: a missing or mistyped one does not compile. */
export type HandlerMap = { [N in BackgroundMessage]: Handler<N> };

interface RouterStats {
  dropped: number;
  lastDropReason: string | null;
}

/**
 * Validates every incoming message before any handler sees it: the envelope, the sender's
 * right to send that message, and the payload against its schema. Anything that fails is
 * dropped and counted, never acted on.
 */
export function createRouter(handlers: HandlerMap, extensionOrigin: string, extensionId: string) {
  const stats: RouterStats = { dropped: 0, lastDropReason: null };
  const drop = (reason: string) => {
    stats.dropped += 1;
    stats.lastDropReason = reason;
    return { rejected: reason };
  };

  async function route(message: unknown, sender: MessageSender): Promise<unknown> {
    if (sender.id !== extensionId) return drop('message from another extension');
    const env = envelopeSchema.safeParse(message);
    if (!env.success) return drop('malformed envelope');
    const name = env.data.type;
    if (!Object.hasOwn(requests, name)) return drop(`unknown message ${name.slice(0, 60)}`);
    if (isToContent(name)) return drop(`${name} goes to content scripts, not to the background`);
    // Extension pages (popup, options, also when opened in a tab) have our origin; a content
    // script's sender URL is the marketplace page's, which can never carry it.
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    if (isPrivileged(name) && !fromExtensionPage) return drop(`${name} may only come from an extension page`);
    if (
      name.startsWith('content:') &&
      (fromExtensionPage || !sender.tab || sender.tab.id === undefined || sender.frameId !== 0)
    ) {
      return drop(`${name} must come from a tab's top frame`);
    }
    const schema = requests[name as BackgroundMessage];
    const payload = schema.safeParse(env.data.payload);
    if (!payload.success) return drop(`invalid ${name}: ${payload.error.issues[0]?.message ?? 'bad payload'}`);
    // The payload was just checked against this very name's schema: the map's typing holds.
    const handler = handlers[name as BackgroundMessage] as unknown as Handler<BackgroundMessage> | undefined;
    if (!handler) return drop(`no handler for ${name}`);
    return handler(payload.data as Request<BackgroundMessage>, { sender, tabId: sender.tab?.id ?? null });
  }

  return { route, stats };
}
