import { contactBlock, describeRight, ipDeclarations, signOff } from '../declarations';
import { t } from '../../i18n';
import { VERO_REASONS } from '../infringement-types';
import { lines, oneLine, utcStamp } from '../text';
import type { NoticeExtra } from '../types';
import { FULL_CONTACT, type FormatDescriptor, IP_ROLES } from './descriptor';
import { type FormatBuilder, marketName, noticeId, plural } from './common';

const VERO_BRAND_MAX = 50;
const VERO_MESSAGE_MAX = 1_000;

// eBay VeRO Notice of Claimed Infringement: item ids with a reason code each, the extra
// fields those codes need, the brand (50 chars), a message to the seller (1000 chars).
const build: FormatBuilder = (input, items) => {
  const holder = input.brand?.contacts.rightsHolder ?? input.profile.organisation;
  const needs = ebayVero.needs(items);
  return {
    subject: `eBay VeRO notice: ${oneLine(input.brand?.name ?? '', VERO_BRAND_MAX)}, ${plural(items.length, 'item')}`,
    recipient: null,
    text: lines(
      `Site: ${marketName(input)}`,
      `Rights owner: ${oneLine(holder, 200)}`,
      `Brand: ${oneLine(input.brand?.name ?? '', VERO_BRAND_MAX)}`,
      `Right and jurisdiction: ${input.right ? describeRight(input.right) : '(none selected)'}`,
      '',
      'Item ID | Reason code | Reason',
      ...items.map(
        (i) =>
          `${noticeId(i)} | ${VERO_REASONS[i.type]?.code ?? '(none)'} | ${VERO_REASONS[i.type]?.label ?? 'no eBay reason code for this type'}`,
      ),
      '',
      needs.has('countries') &&
        `Countries where the item is not authorised for sale: ${oneLine(input.extra.countries ?? '', 200)}`,
      needs.has('patentNumber') && `Patent number: ${oneLine(input.extra.patentNumber ?? '', 60)}`,
      needs.has('copyrightWork') && `Copyrighted work: ${oneLine(input.extra.copyrightWork ?? '', 500)}`,
      `Message to seller: ${oneLine(input.extra.messageToSeller ?? '', VERO_MESSAGE_MAX)}`,
      '',
      'Declarations',
      ...ipDeclarations(input.profile.role, holder),
      '',
      'Contact',
      contactBlock(input.profile, true),
      `Signed: ${signOff(input.profile)}`,
      utcStamp(input.now),
    ),
  };
};

export const ebayVero: FormatDescriptor = {
  id: 'ebay-vero',
  label: 'eBay VeRO notice (item ids)',
  limit: 50,
  roles: IP_ROLES,
  fits: (m) => m === 'ebay',
  invokesRight: true,
  oneReason: false,
  grounds: VERO_REASONS,
  destination: 'ip',
  profile: FULL_CONTACT,
  extras: ['countries', 'patentNumber', 'copyrightWork', 'messageToSeller'],
  needs: (items) => new Set(items.flatMap((i) => VERO_REASONS[i.type]?.needs ?? []) as (keyof NoticeExtra)[]),
  checks: ({ brand, extra }) => [
    ...((brand?.name ?? '').length > VERO_BRAND_MAX
      ? [
          {
            code: 'brand-long',
            level: 'error' as const,
            message: t('bg_check_vero_brand', VERO_BRAND_MAX),
          },
        ]
      : []),
    ...((extra.messageToSeller ?? '').length > VERO_MESSAGE_MAX
      ? [
          {
            code: 'message-long',
            level: 'error' as const,
            message: t('bg_check_vero_message', VERO_MESSAGE_MAX),
          },
        ]
      : []),
  ],
  build,
};
