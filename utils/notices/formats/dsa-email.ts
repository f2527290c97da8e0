import { DSA_GOOD_FAITH, contactBlock } from '../declarations';
import { t } from '../../i18n';
import { lines, utcStamp } from '../text';
import { type FormatDescriptor, anyMarketplace, needsNothing } from './descriptor';
import { type FormatBuilder, marketName, noticeUrl, plural, substantiation } from './common';

// EU DSA Art. 16(2) in the article's order: (a) the explanation, (b) the exact URLs, (c) name
// and email, (d) the bona fide statement. Anyone may send it, so it carries no authority or
// perjury declaration whatever the role. Kept short enough for a mail link: evidence is attached.
const build: FormatBuilder = (input, items) => {
  const brand = input.brand?.name ?? null;
  return {
    subject: `Notice of illegal content (Art. 16 DSA): ${plural(items.length, 'listing')} on ${marketName(input)}`,
    recipient: null,
    text: lines(
      `To the ${marketName(input)} notice and action team,`,
      '',
      'Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act) I notify you of content on your service that I believe is illegal.',
      '',
      '(a) Why the content is illegal',
      substantiation(items, brand, { url: false }),
      '',
      `(b) Exact location${items.length === 1 ? '' : 's'}`,
      ...items.map((it, i) => (items.length === 1 ? noticeUrl(it) : `${i + 1}. ${noticeUrl(it)}`)),
      '',
      '(c) Notifier',
      contactBlock(input.profile, false),
      '',
      '(d) Statement',
      DSA_GOOD_FAITH,
      '',
      'Please confirm receipt and tell me your decision (Art. 16(4) and (5) DSA).',
      utcStamp(input.now),
    ),
  };
};

export const dsaEmail: FormatDescriptor = {
  id: 'dsa-email',
  label: 'EU DSA Art. 16 notice (email)',
  limit: 50,
  roles: ['consumer', 'rights-holder', 'agent'],
  fits: anyMarketplace,
  invokesRight: false,
  oneReason: false,
  grounds: null,
  destination: 'dsa',
  profile: { name: { level: 'error' }, email: { level: 'error' } },
  extras: [],
  needs: needsNothing,
  checks: ({ items }) =>
    items.flatMap((it, i) =>
      it.reasons.length === 0 && !it.note.trim()
        ? [
            {
              code: 'no-reason',
              level: 'error' as const,
              message: t('bg_check_no_reason', i + 1),
            },
          ]
        : [],
    ),
  build,
};
