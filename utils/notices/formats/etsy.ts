import { contactBlock, describeRight, ipDeclarations, signOff } from '../declarations';
import { t } from '../../i18n';
import { ETSY_TYPES, TYPE_LABELS } from '../infringement-types';
import { lines, oneLine, utcStamp } from '../text';
import { type FormatDescriptor, IP_ROLES, needsNothing } from './descriptor';
import { type FormatBuilder, noticeUrl, plural, substantiation } from './common';

// Etsy's IP report: listing URLs (never shop names), the full contact block (missing address
// or phone is the top rejection cause), the registered mark, good-faith and perjury statements.
const build: FormatBuilder = (input, items) => {
  const holder = input.brand?.contacts.rightsHolder ?? input.profile.organisation;
  const kinds = [...new Set(items.map((i) => ETSY_TYPES[i.type] ?? TYPE_LABELS[i.type]))];
  return {
    subject: `Etsy intellectual property infringement report: ${oneLine(input.brand?.name ?? '', 100)}, ${plural(items.length, 'listing')}`,
    recipient: null,
    text: lines(
      `Report type: ${kinds.join('; ')}`,
      `Registered right: ${input.right ? describeRight(input.right) : '(none selected)'}`,
      `Rights owner: ${oneLine(holder, 200)}`,
      '',
      'Listing URLs:',
      ...items.map(noticeUrl),
      '',
      'Description of the infringement:',
      substantiation(items, input.brand?.name ?? null, { url: false }),
      '',
      'Contact information',
      contactBlock(input.profile, true),
      '',
      ...ipDeclarations(input.profile.role, holder),
      '',
      `Electronic signature: ${signOff(input.profile)}`,
      utcStamp(input.now),
    ),
  };
};

const etsyRejects = 'bg_check_etsy_needs';

export const etsy: FormatDescriptor = {
  id: 'etsy',
  label: 'Etsy IP infringement report',
  limit: 50,
  roles: IP_ROLES,
  fits: (m) => m === 'etsy',
  invokesRight: true,
  oneReason: false,
  grounds: ETSY_TYPES,
  destination: 'ip',
  profile: {
    name: { level: 'error' },
    email: { level: 'error' },
    address: { level: 'error', why: etsyRejects },
    phone: { level: 'error', why: etsyRejects },
  },
  extras: [],
  needs: needsNothing,
  checks: ({ right }) =>
    right && /supplemental/i.test(right.description ?? '')
      ? [
          {
            code: 'right-supplemental',
            level: 'error',
            message: t('bg_check_etsy_supplemental'),
          },
        ]
      : [],
  build,
};
