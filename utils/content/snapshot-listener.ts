import { sanitizeSnapshot } from '../evidence/snapshot';
import type { ContentHandlers } from './answer-background';
import { hasOnlyKeys } from './answer-background';

/** Answers the background's request for an evidence snapshot of this page (`bg:snapshot`). */
export const snapshotHandler: ContentHandlers['bg:snapshot'] = {
  accepts: (p): p is Record<string, never> => hasOnlyKeys(p, []),
  answer: () => ({ html: sanitizeSnapshot(document, location.href), url: location.href, title: document.title }),
};
