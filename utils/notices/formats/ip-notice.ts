import { contactBlock, describeRight, ipDeclarations, signOff } from '../declarations';
import { lines, oneLine, utcStamp } from '../text';
import { TYPE_LABELS } from '../infringement-types';
import { type FormatBuilder, brandName, marketName, substantiation } from './common';

// The rights holder's own IP notice: the right invoked, the claim, the listings, and the
// declarations the sender's role may make (authority only for holders and their agents).
export const ipNotice: FormatBuilder = (input, items) => {
  const holder = input.brand?.contacts.rightsHolder ?? input.profile.organisation;
  const types = [...new Set(items.map((i) => TYPE_LABELS[i.type]))];
  const acting =
    input.profile.role === 'agent'
      ? `as authorised agent of ${oneLine(holder)}`
      : `on behalf of ${oneLine(holder)}, the rights owner`;
  return {
    subject: `Notice of intellectual property infringement: ${brandName(input)} on ${marketName(input)} (${items.length} listing${items.length === 1 ? '' : 's'})`,
    recipient: null,
    text: lines(
      `To the ${marketName(input)} intellectual property team,`,
      '',
      `I write ${acting}, to report listings on your service that infringe the right described below. Please remove them.`,
      '',
      'The right',
      input.right ? describeRight(input.right) : '(no registered right selected)',
      `Owner: ${oneLine(holder)}`,
      '',
      'The claim',
      ...types.map((t) => `- ${t}`),
      '',
      'The infringing listings',
      substantiation(items),
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
