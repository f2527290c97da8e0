import { cleanListingUrl } from '../url-clean';
import { TYPE_LABELS } from '../infringement-types';
import type { NoticeInput, NoticeItem } from '../types';
import { block, oneLine } from '../text';

/** The parts a format fills in; splitting and numbering happen in build.ts. */
interface FormatOutput {
  subject: string;
  text: string;
  recipient: string | null;
}
export type FormatBuilder = (input: NoticeInput, items: NoticeItem[]) => FormatOutput;

/** The URL a notice shows: cleaned when it can be, as-is otherwise (the checks flag those). */
export const noticeUrl = (item: NoticeItem) => {
  const r = cleanListingUrl(item.url);
  return r.ok ? r.url : oneLine(item.url, 2_000);
};

export const noticeId = (item: NoticeItem) => {
  const r = cleanListingUrl(item.url);
  return r.ok ? r.listingId : oneLine(item.listingId, 200);
};

export const marketName = (input: NoticeInput) => oneLine(input.market?.name ?? input.marketplace, 100);

export const brandName = (input: NoticeInput) => oneLine(input.brand?.name ?? 'the brand', 100);

/** One paragraph per listing: what it is, why, the user's note and any test-buy. */
export function substantiation(items: NoticeItem[]): string {
  return items
    .map((it, i) => {
      const rows = [
        `${i + 1}. ${noticeUrl(it)}`,
        `   Listing title: "${oneLine(it.title, 200)}"${it.seller ? `; seller: ${oneLine(it.seller, 100)}` : ''}`,
        `   Infringement: ${TYPE_LABELS[it.type]}.`,
        ...it.reasons.slice(0, 8).map((r) => `   - ${oneLine(r, 300)}`),
        it.note.trim() && `   Note: ${block(it.note, 2_000).split('\n').join('\n   ')}`,
        it.testBuy &&
          `   Test buy: order ${oneLine(it.testBuy.orderId, 80)} on ${oneLine(it.testBuy.date, 20)}: ${oneLine(it.testBuy.findings, 1_000)}`,
      ];
      return rows.filter(Boolean).join('\n');
    })
    .join('\n\n');
}
