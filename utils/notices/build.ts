import { noticeUrl } from './formats/common';
import { formatOf } from './formats/registry';
import { chunk } from './text';
import type { NoticeDraft, NoticeInput } from './types';

/** The smaller of the format's own limit and the pack's per-notice limit for the marketplace. */
export const limitFor = (input: Pick<NoticeInput, 'format' | 'market'>) =>
  Math.min(formatOf(input.format).limit, input.market?.perNoticeLimit ?? Infinity);

/** One draft per batch of listings the platform accepts in a single notice. */
export function buildNotices(input: NoticeInput): NoticeDraft[] {
  const batches = chunk(input.items, limitFor(input));
  return batches.map((items, i) => {
    const out = formatOf(input.format).build(input, items);
    const suffix = batches.length > 1 ? ` (part ${i + 1} of ${batches.length})` : '';
    return {
      format: input.format,
      marketplace: input.marketplace,
      subject: out.subject + suffix,
      text: out.text,
      recipient: out.recipient,
      flagIds: items.map((it) => it.flagId),
      urls: items.map(noticeUrl),
      part: i + 1,
      parts: batches.length,
    };
  });
}
