import type { Brand, RegisteredRight, RulePack } from '../packs/schema';
import type { Profile } from '../profile';
import type { InfringementType } from './infringement-types';

export const FORMATS = [
  'dsa-email',
  'ip-notice',
  'alibaba-ipp',
  'amazon',
  'ebay-vero',
  'etsy',
  'triage-email',
  'handover',
] as const;
export type FormatId = (typeof FORMATS)[number];

interface TestBuy {
  orderId: string;
  date: string;
  findings: string;
}

/** One flagged listing as a notice sees it. */
export interface NoticeItem {
  flagId: number;
  url: string;
  listingId: string;
  marketplace: string;
  type: InfringementType;
  title: string;
  seller: string | null;
  note: string;
  /** The verdict's reason sentences, shown as the substantiation. */
  reasons: string[];
  testBuy: TestBuy | null;
}

type MarketInfo = RulePack['marketplaces'][string];

/** Fields some platforms need beyond the listings (eBay VeRO extra fields, Amazon order id...). */
export interface NoticeExtra {
  countries?: string;
  patentNumber?: string;
  copyrightWork?: string;
  messageToSeller?: string;
}

export interface NoticeInput {
  format: FormatId;
  profile: Profile;
  items: NoticeItem[];
  marketplace: string;
  market: MarketInfo | null;
  brand: Pick<Brand, 'name' | 'contacts'> | null;
  right: RegisteredRight | null;
  extra: NoticeExtra;
  now: Date;
}

export interface NoticeDraft {
  format: FormatId;
  marketplace: string;
  subject: string;
  text: string;
  recipient: string | null;
  flagIds: number[];
  urls: string[];
  part: number;
  parts: number;
}
