import { contactBlock, describeRight, ipDeclarations, signOff } from '../declarations';
import { lines, oneLine, utcStamp } from '../text';
import { TYPE_LABELS } from '../infringement-types';
import { FULL_CONTACT, type FormatDescriptor, IP_ROLES, anyMarketplace, needsNothing } from './descriptor';
import { type FormatBuilder, brandName, marketName, plural, substantiation } from './common';

// The rights holder's own IP notice: the right invoked, the claim, the listings, and the
// declarations the sender's role may make (authority only for holders and their agents).
const build: FormatBuilder = (input, items) => {
  const holder = input.brand?.contacts.rightsHolder ?? input.profile.organisation;
  const types = [...new Set(items.map((i) => TYPE_LABELS[i.type]))];
  const acting =
    input.profile.role === 'agent'
      ? `as authorised agent of ${oneLine(holder)}`
      : `on behalf of ${oneLine(holder)}, the rights owner`;
  return {
    subject: `Notice of intellectual property infringement: ${brandName(input)} on ${marketName(input)} (${plural(items.length, 'listing')})`,
    recipient: null,
    text: lines(
      `To the ${marketName(input)} intellectual property team,`,
      '',
      `I write ${acting}, to report listings on your service that infringe the right described below. Please remove them.`,
      '',
      'The right',
      input.right ? describeRight(input.right) : '(no registered right selected)',
      '',
      'The claim',
      ...types.map((t) => `- ${t}`),
      '',
      'The infringing listings',
      substantiation(items, input.brand?.name ?? null, { url: true }),
      '',
      'Declarations',
      ...ipDeclarations(input.profile.role, holder),
      '',
      'Contact',
      contactBlock(input.profile, true),
      '',
      `Signed: ${signOff(input.profile)}`,
      utcStamp(input.now),
    ),
  };
};

export const ipNotice: FormatDescriptor = {
  id: 'ip-notice',
  label: "Rights holder's IP notice",
  limit: 50,
  roles: IP_ROLES,
  fits: anyMarketplace,
  invokesRight: true,
  oneReason: false,
  grounds: null,
  destination: 'ip',
  profile: FULL_CONTACT,
  extras: [],
  needs: needsNothing,
  build,
};
