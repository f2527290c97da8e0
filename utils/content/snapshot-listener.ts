import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sanitizeSnapshot } from '../evidence/snapshot';
import { answerBackground } from '../messaging';

/** Answers the background's request for an evidence snapshot of this page (`bg:snapshot`). */
export function listenForSnapshotRequests(ctx: ContentScriptContext): void {
  answerBackground(ctx, {
    'bg:snapshot': () => ({
      html: sanitizeSnapshot(document, location.href),
      url: location.href,
      title: document.title,
    }),
  });
}
