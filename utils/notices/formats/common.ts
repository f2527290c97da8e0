import { cleanListingUrl } from '../url-clean';
import { TYPE_LABELS, type InfringementType } from '../infringement-types';
import type { NoticeInput, NoticeItem } from '../types';
import { block, oneLine } from '../text';

/** The parts a format fills in; splitting and numbering happen in build.ts. */
interface FormatOutput {
  subject: string;
  text: string;
  /** Always null from the builders: recipients are decided by a verified pack (destinations.ts). */
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

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the notifier believes the listing is, as a clause: "a counterfeit Bose product". */
function claimPhrase(type: InfringementType, brand: string | null): string {
  const b = brand ? `${brand} ` : '';
  const mark = brand ? `the ${brand} trade mark` : 'a registered trade mark';
  switch (type) {
    case 'COUNTERFEIT':
      return `a counterfeit ${b}product`;
    case 'TRADEMARK_MISUSE_IN_LISTING':
      return `another or unbranded product sold under ${mark}`;
    case 'STOREFRONT_TRADEMARK':
      return `goods from a store that trades under ${mark} without permission`;
    case 'UNLAWFUL_IMPORT':
      return `${b}goods not released for sale in this market`;
    default:
      return `content that infringes ${brand ? `${brand}'s` : 'the owner’s'} rights (${TYPE_LABELS[type].toLowerCase()})`;
  }
}

/** One listing as the notifier explains it: what it is, why, the user's note and any test buy. */
function explainListing(it: NoticeItem, brand: string | null, opts: { url: boolean }): string {
  const seller = it.seller ? `, sold by ${oneLine(it.seller, 100)}` : '';
  const head = `"${oneLine(it.title, 200)}"${seller}${opts.url ? ` (${noticeUrl(it)})` : ''}`;
  const rows = [
    `${head}: I believe this is ${claimPhrase(it.type, brand)}.`,
    ...it.reasons.slice(0, 6).map((r) => oneLine(r, 300)),
    it.note.trim() && block(it.note, 2_000),
    it.testBuy &&
      `I bought the item (order ${oneLine(it.testBuy.orderId, 80)} on ${oneLine(it.testBuy.date, 20)}): ${oneLine(it.testBuy.findings, 1_000)}`,
  ];
  return rows.filter(Boolean).join('\n');
}

/** Every listing explained, numbered when there are several. */
export function substantiation(items: NoticeItem[], brand: string | null, opts: { url: boolean }): string {
  if (items.length === 1) return explainListing(items[0], brand, opts);
  return items.map((it, i) => `${i + 1}. ${explainListing(it, brand, opts).split('\n').join('\n   ')}`).join('\n\n');
}
