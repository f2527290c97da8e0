import { contactBlock, describeRight, ipDeclarations, signOff } from '../declarations';
import { ETSY_TYPES, TYPE_LABELS } from '../infringement-types';
import { lines, oneLine, utcStamp } from '../text';
import { type FormatBuilder, noticeUrl, substantiation } from './common';

// Etsy's IP report: listing URLs (never shop names), the full contact block (missing address
// or phone is the top rejection cause), the registered mark, good-faith and perjury statements.
export const etsy: FormatBuilder = (input, items) => {
  const holder = input.brand?.contacts.rightsHolder ?? input.profile.organisation;
  const kinds = [...new Set(items.map((i) => ETSY_TYPES[i.type] ?? TYPE_LABELS[i.type]))];
  return {
    subject: `Etsy intellectual property infringement report: ${oneLine(input.brand?.name ?? '', 100)}, ${items.length} listing${items.length === 1 ? '' : 's'}`,
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
      substantiation(items),
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
