import type { Role } from '../../../utils/profile';
import type { FormatId, NoticeInput } from '../../../utils/notices/types';
import { consumer, holder, item, usTm } from './fixtures';

// One realistic case per format: the listings on its own platform, the right it invokes, the
// extra fields its platform asks for. Used by the golden files for every format and role.
const ali = (n: number) =>
  item(n, {
    url: `https://www.aliexpress.com/item/10050061234${String(n).padStart(5, '0')}.html?spm=a2g0o.x&algo_pvid=y`,
    listingId: `10050061234${String(n).padStart(5, '0')}`,
    marketplace: 'aliexpress',
  });
export const aliMarket = {
  name: 'AliExpress',
  reportUrl: 'https://ipp.alibabagroup.com/',
  perNoticeLimit: 300,
  country: 'CN',
};
export const cnTm = {
  type: 'trademark' as const,
  number: 'G1234567',
  office: 'CNIPA',
  jurisdictions: ['CN'],
  classes: [9],
};
const ebay = (n: number, type: 'COUNTERFEIT' | 'UNLAWFUL_IMPORT') =>
  item(n, {
    type,
    url: `https://www.ebay.com/itm/25612345678${n}?_trkparms=x&hash=item3`,
    listingId: `25612345678${n}`,
    marketplace: 'ebay',
  });
const buy = { orderId: '302-1234567-7654321', date: '2026-02-20', findings: 'No serial number; wrong charging port.' };

export const CASES: Record<FormatId, Partial<NoticeInput>> = {
  'dsa-email': { items: [item(1, { note: 'The box photo shows a misspelt logo.' })] },
  'ip-notice': { items: [item(1, { testBuy: buy }), item(2)] },
  'alibaba-ipp': { marketplace: 'aliexpress', market: aliMarket, right: cnTm, items: [ali(1), ali(2), ali(3)] },
  amazon: { items: [item(1, { testBuy: buy }), item(2)] },
  'ebay-vero': {
    marketplace: 'ebay',
    market: { name: 'eBay US', reportUrl: 'https://www.ebay.com/vero', perNoticeLimit: 50, country: 'US' },
    right: usTm,
    items: [ebay(1, 'COUNTERFEIT'), ebay(2, 'UNLAWFUL_IMPORT')],
    extra: { countries: 'US', messageToSeller: 'These items infringe our trademark.' },
  },
  etsy: {
    marketplace: 'etsy',
    market: { name: 'Etsy', reportUrl: 'https://www.etsy.com/ipreport', perNoticeLimit: 50, country: 'US' },
    right: usTm,
    items: [
      item(1, {
        url: 'https://www.etsy.com/listing/1234567890/bose-style?ref=sr_gallery-1-1',
        listingId: '1234567890',
        marketplace: 'etsy',
        type: 'TRADEMARK_MISUSE_IN_LISTING',
      }),
    ],
  },
  'triage-email': { items: [item(1), item(2, { note: 'Same seller, same photos.' })], right: null },
  handover: { items: [item(1)], right: null },
};

export const profileFor = (role: Role) =>
  role === 'rights-holder'
    ? holder
    : role === 'agent'
      ? { ...holder, role, organisation: 'BrandGuard Ltd', signature: 'Alex Moreau\nBrandGuard Ltd, agent for Bose' }
      : { ...consumer, role };
