import { alibabaIpp } from './formats/alibaba-ipp';
import { amazon } from './formats/amazon';
import type { FormatBuilder } from './formats/common';
import { dsaEmail } from './formats/dsa-email';
import { ebayVero } from './formats/ebay-vero';
import { etsy } from './formats/etsy';
import { ipNotice } from './formats/ip-notice';
import { handover, triageEmail } from './formats/triage';
import { noticeUrl } from './formats/common';
import { chunk } from './text';
import { FORMAT_LIMITS, type FormatId, type NoticeDraft, type NoticeInput } from './types';

const BUILDERS: Record<FormatId, FormatBuilder> = {
  'dsa-email': dsaEmail,
  'ip-notice': ipNotice,
  'alibaba-ipp': alibabaIpp,
  amazon,
  'ebay-vero': ebayVero,
  etsy,
  'triage-email': triageEmail,
  handover,
};

/** The smaller of the format's own limit and the pack's per-notice limit for the marketplace. */
export const limitFor = (input: Pick<NoticeInput, 'format' | 'market'>) =>
  Math.min(FORMAT_LIMITS[input.format], input.market?.perNoticeLimit ?? Infinity);

/** One draft per batch of listings the platform accepts in a single notice. */
export function buildNotices(input: NoticeInput): NoticeDraft[] {
  const batches = chunk(input.items, limitFor(input));
  return batches.map((items, i) => {
    const out = BUILDERS[input.format](input, items);
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
