import type { Brand, RegisteredRight, RulePack } from '../packs/schema';
import type { Profile, Role } from '../profile';
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

export const FORMAT_LABELS: Record<FormatId, string> = {
  'dsa-email': 'EU DSA Art. 16 notice (email)',
  'ip-notice': "Rights holder's IP notice",
  'alibaba-ipp': 'Alibaba IPP complaint (URL block)',
  amazon: 'Amazon Report a Violation (ASINs)',
  'ebay-vero': 'eBay VeRO notice (item ids)',
  etsy: 'Etsy IP infringement report',
  'triage-email': 'Alliance triage queue (email)',
  handover: 'Hand over to brand staff (email)',
};

/** Who may use which format: consumers never get IP notices, reviewers route cases on. */
export const FORMATS_BY_ROLE: Record<Role, FormatId[]> = {
  consumer: ['dsa-email', 'triage-email'],
  reviewer: ['triage-email', 'handover'],
  'rights-holder': ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy', 'dsa-email'],
  agent: ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy', 'dsa-email'],
};

const ALIBABA_GROUP = ['aliexpress', 'alibaba', '1688', 'taobao', 'tmall'];
/** Platform-specific formats only fit their own marketplaces; the rest fit any. */
export const formatFits = (format: FormatId, marketplace: string) =>
  format === 'alibaba-ipp'
    ? ALIBABA_GROUP.includes(marketplace)
    : format === 'amazon'
      ? marketplace === 'amazon'
      : format === 'ebay-vero'
        ? marketplace === 'ebay'
        : format === 'etsy'
          ? marketplace === 'etsy'
          : true;

/** Listings per notice each format's platform accepts; a pack's perNoticeLimit may lower it. */
export const FORMAT_LIMITS: Record<FormatId, number> = {
  'dsa-email': 50,
  'ip-notice': 50,
  'alibaba-ipp': 300,
  amazon: 50,
  'ebay-vero': 50,
  etsy: 50,
  'triage-email': 100,
  handover: 100,
};

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
