import type { Profile } from '../../../utils/profile';
import type { NoticeInput, NoticeItem } from '../../../utils/notices/types';
import { reasonStatements } from '../../../utils/notices/reason-text';
import type { RegisteredRight } from '../../../utils/packs/schema';
import type { Reason } from '../../../utils/types';

export const NOW = new Date('2026-03-04T10:20:30Z');

export const holder: Profile = {
  name: 'Dana Keller',
  organisation: 'Bose Corporation',
  email: 'dana.keller@example.com',
  phone: '+1 508 555 0100',
  address: 'The Mountain\nFramingham, MA 01701\nUSA',
  role: 'rights-holder',
  signature: 'Dana Keller\nBrand Protection, Bose Corporation',
};
export const consumer: Profile = {
  ...holder,
  name: 'Sam Rivera',
  organisation: '',
  email: 'sam@example.org',
  phone: '',
  address: '',
  role: 'consumer',
  signature: '',
};

export const tm: RegisteredRight = {
  type: 'trademark',
  number: '000123456',
  office: 'EUIPO',
  jurisdictions: ['EU'],
  classes: [9],
  expiresAt: '2031-05-01',
};
export const usTm: RegisteredRight = {
  type: 'trademark',
  number: '1234567',
  office: 'USPTO',
  jurisdictions: ['US'],
  classes: [9, 11],
};

const brand = {
  name: 'Bose',
  contacts: {
    rightsHolder: 'Bose Corporation',
    email: 'brandprotection@example.com',
    triageEmail: 'triage@alliance.example',
    endpoints: [],
  },
};

/** What the engine says about a typical replica listing, with the engine's own labels in `message`. */
const verdictReasons: Reason[] = [
  { signal: 'brand', weight: 20, message: 'Title names "Bose"', evidence: { brand: 'Bose', matched: 'Bose' } },
  {
    signal: 'model',
    weight: 10,
    message: 'Title names the Bose model "QuietComfort 45" ("QC45")',
    evidence: { brand: 'Bose', model: 'QuietComfort 45', matched: 'QC45' },
  },
  {
    signal: 'coded-wording',
    weight: 30,
    message: 'Title says "replica" right after "Bose"',
    evidence: { matched: 'replica', near: 'QC45', brand: 'Bose' },
  },
  {
    signal: 'coded-wording',
    weight: 15,
    message: 'Title says "1:1" near "Bose"',
    evidence: { matched: '1:1', near: 'QC45', brand: 'Bose' },
  },
  {
    signal: 'price',
    weight: 25,
    message: 'Price EUR 72.00 is 22% of the EUR 329.00 reference price for Bose QuietComfort 45 (strong)',
    evidence: {
      price: 72,
      currency: 'EUR',
      reference: 329,
      referenceCurrency: 'EUR',
      ratio: 0.22,
      referenceKind: 'msrp',
      model: 'QuietComfort 45',
      grade: 'strong',
    },
  },
];

export const item = (n: number, over: Partial<NoticeItem> = {}): NoticeItem => ({
  flagId: n,
  url: `https://www.amazon.de/Bose-QC45/dp/B0TEST${String(n).padStart(4, '0')}/ref=sr_1_1?tag=aff-21&psc=1`,
  listingId: `B0TEST${String(n).padStart(4, '0')}`,
  marketplace: 'amazon',
  type: 'COUNTERFEIT',
  title: `Bose QC45 replica 1:1 headphones #${n}`,
  seller: 'CheapAudio',
  note: '',
  reasons: reasonStatements(verdictReasons),
  testBuy: null,
  ...over,
});

export const input = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  format: 'ip-notice',
  profile: holder,
  items: [item(1)],
  marketplace: 'amazon',
  market: {
    name: 'Amazon.de',
    reportUrl: 'https://www.amazon.de/report/infringement',
    perNoticeLimit: 50,
    country: 'DE',
  },
  brand,
  right: tm,
  extra: {},
  now: NOW,
  ...over,
});
