import { contactBlock } from '../declarations';
import { t } from '../../i18n';
import { lines, utcStamp } from '../text';
import { type FormatDescriptor, anyMarketplace, needsNothing } from './descriptor';
import { type FormatBuilder, brandName, marketName, plural, substantiation } from './common';

// Cases routed on rather than sent to a platform: to the alliance's triage queue (consumers,
// reviewers) or to the brand's own staff (reviewers). No declarations: nothing is claimed.
const routed =
  (to: 'triage' | 'handover'): FormatBuilder =>
  (input, items) => ({
    subject: `${to === 'triage' ? 'For triage' : 'Handover'}: ${plural(items.length, `suspect ${brandName(input)} listing`)} on ${marketName(input)}`,
    // The address comes from a verified pack's destinations (compose.ts), never from here.
    recipient: null,
    text: lines(
      to === 'triage' ? 'Hello,' : `To the ${brandName(input)} brand protection team,`,
      '',
      to === 'triage'
        ? `I found ${items.length === 1 ? 'this listing' : 'these listings'} on ${marketName(input)} and ask the alliance to review ${items.length === 1 ? 'it' : 'them'}.`
        : `After review, ${items.length === 1 ? 'this listing' : 'these listings'} on ${marketName(input)} look like infringements. Please decide whether to file a notice.`,
      '',
      substantiation(items, input.brand?.name ?? null, { url: true }),
      '',
      `Reported by (${input.profile.role}):`,
      contactBlock(input.profile, false),
      utcStamp(input.now),
    ),
  });

const common = {
  limit: 100,
  fits: anyMarketplace,
  invokesRight: false,
  oneReason: false,
  grounds: null,
  profile: { name: { level: 'error' }, email: { level: 'error' } },
  extras: [],
  needs: needsNothing,
  checks: ({ brand }) =>
    brand
      ? []
      : [
          {
            code: 'no-brand',
            level: 'error',
            message: t('bg_check_no_brand'),
          },
        ],
} satisfies Partial<FormatDescriptor>;

export const triageEmail: FormatDescriptor = {
  ...common,
  id: 'triage-email',
  label: 'Alliance triage queue (email)',
  roles: ['consumer', 'reviewer'],
  destination: 'triage',
  build: routed('triage'),
};

export const handover: FormatDescriptor = {
  ...common,
  id: 'handover',
  label: 'Hand over to brand staff (email)',
  roles: ['reviewer'],
  destination: 'handover',
  build: routed('handover'),
};
