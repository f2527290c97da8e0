import { describeRight } from '../declarations';
import { IPP_REASONS, TYPE_LABELS } from '../infringement-types';
import { block, lines, oneLine } from '../text';
import { ALIBABA_GROUP, type FormatDescriptor, IP_ROLES, needsNothing } from './descriptor';
import { type FormatBuilder, marketName, noticeUrl, plural } from './common';

// The text a rights holder pastes into an IPP complaint: the site, the right already uploaded
// to IPP, one reason, and the URL block (one per line, at most 300 per complaint).
const build: FormatBuilder = (input, items) => {
  const type = items[0]?.type ?? 'OTHER';
  const notes = items.map((i) => block(i.note, 500)).filter(Boolean);
  const buys = items.filter((i) => i.testBuy);
  return {
    subject: `IPP complaint: ${oneLine(input.brand?.name ?? '', 100)} on ${marketName(input)}, ${plural(items.length, 'URL')}`,
    recipient: null,
    text: lines(
      `Site: ${marketName(input)}`,
      `Right: ${input.right ? describeRight(input.right) : '(none selected)'}`,
      `Registrant: ${oneLine(input.brand?.contacts.rightsHolder ?? '', 200)}`,
      `Reason: ${IPP_REASONS[type] ?? TYPE_LABELS[type]}`,
      (notes.length > 0 || buys.length > 0) && 'Supplementary reason:',
      ...notes.map((n) => oneLine(n, 500)),
      ...buys.map(
        (i) =>
          `Test buy ${oneLine(i.testBuy!.orderId, 80)} (${oneLine(i.testBuy!.date, 20)}): ${oneLine(i.testBuy!.findings, 500)}`,
      ),
      '',
      `URLs (${items.length}):`,
      ...items.map(noticeUrl),
    ),
  };
};

export const alibabaIpp: FormatDescriptor = {
  id: 'alibaba-ipp',
  label: 'Alibaba IPP complaint (URL block)',
  limit: 300,
  roles: IP_ROLES,
  fits: (m) => ALIBABA_GROUP.includes(m),
  invokesRight: true,
  oneReason: true,
  grounds: IPP_REASONS,
  destination: 'ip',
  profile: { name: { level: 'error' }, email: { level: 'error' } },
  extras: [],
  needs: needsNothing,
  build,
};
