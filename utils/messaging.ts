import { browser } from 'wxt/browser';
import { t } from './i18n';

// Type-only imports: content scripts send with this too, and zod must stay out of them.
import type { MessageName, Request, Responses } from './messages';

/** Sends a typed message to the background and returns its typed reply. */
export async function sendMessage<N extends MessageName>(type: N, payload: Request<N>): Promise<Responses[N]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as
    | Responses[N]
    | { rejected: string }
    | undefined;
  if (reply && typeof reply === 'object' && 'rejected' in reply) throw new Error(reply.rejected);
  if (reply === undefined) throw new Error(t('bg_no_reply', type));
  return reply as Responses[N];
}
