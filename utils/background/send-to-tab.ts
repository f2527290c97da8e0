import { browser } from 'wxt/browser';
import { contentReplies, type ContentMessage, type Request, type Responses } from '../messages';

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
