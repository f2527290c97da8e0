import type { Browser } from 'wxt/browser';

type MessageSender = Browser.runtime.MessageSender;
import { envelopeSchema, isPrivileged, requests, type MessageName } from '../messages';

export interface HandlerContext {
  sender: MessageSender;
  /** Tab the message came from (content scripts only). */
  tabId: number | null;
}

// biome-ignore lint/suspicious/noExplicitAny: each handler narrows its own payload after the router validated it against the message schema
type Handler = (payload: any, ctx: HandlerContext) => Promise<unknown>;
export type HandlerMap = Partial<Record<MessageName, Handler>>;

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
    const schema = requests[name as MessageName];
    const payload = schema.safeParse(env.data.payload);
    if (!payload.success) return drop(`invalid ${name}: ${payload.error.issues[0]?.message ?? 'bad payload'}`);
    const handler = handlers[name as MessageName];
    if (!handler) return drop(`no handler for ${name}`);
    return handler(payload.data, { sender, tabId: sender.tab?.id ?? null });
  }

  return { route, stats };
}
