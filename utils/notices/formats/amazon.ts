import { describeRight } from '../declarations';
import { AMAZON_TYPES, TYPE_LABELS } from '../infringement-types';
import { block, lines, oneLine } from '../text';
import type { NoticeExtra } from '../types';
import { type FormatDescriptor, IP_ROLES } from './descriptor';
import { type FormatBuilder, brandName, marketName, noticeId, plural } from './common';

// Amazon's Report a Violation form: ASINs (50 at most), one violation type, the registered
// mark for that store's country, a test-buy order id where there is one, an explanation.
const build: FormatBuilder = (input, items) => {
  const type = items[0]?.type ?? 'OTHER';
  const buy = items.find((i) => i.testBuy)?.testBuy ?? null;
  const notes = items
    .map((i) => block(i.note, 600))
    .filter(Boolean)
    .map((n) => oneLine(n, 600));
  // Without the user's own words, the verdict's reasons (as sentences) are the explanation.
  const why = notes.length ? notes : [...new Set(items.flatMap((i) => i.reasons.slice(0, 3)))].slice(0, 6);
  return {
    subject: `Amazon Report a Violation: ${brandName(input)}, ${plural(items.length, 'ASIN')}`,
    recipient: null,
    text: lines(
      `Store: ${marketName(input)}`,
      `Brand: ${brandName(input)}`,
      `Violation type: ${AMAZON_TYPES[type] ?? TYPE_LABELS[type]}`,
      `Right: ${input.right ? describeRight(input.right) : '(none selected)'}`,
      input.extra.patentNumber && `Patent number: ${oneLine(input.extra.patentNumber, 60)}`,
      input.extra.copyrightWork && `Copyrighted work: ${oneLine(input.extra.copyrightWork, 500)}`,
      buy && `Test-buy order id: ${oneLine(buy.orderId, 80)} (${oneLine(buy.date, 20)})`,
      '',
      `ASINs (${items.length}):`,
      ...items.map(noticeId),
      '',
      'Explanation:',
      why.length ? why.map((w) => oneLine(w, 600)).join('\n') : `${TYPE_LABELS[type]}.`,
      buy && `Test-buy findings: ${oneLine(buy.findings, 1_000)}`,
    ),
  };
};

export const amazon: FormatDescriptor = {
  id: 'amazon',
  label: 'Amazon Report a Violation (ASINs)',
  limit: 50,
  roles: IP_ROLES,
  fits: (m) => m === 'amazon',
  invokesRight: true,
  oneReason: true,
  grounds: AMAZON_TYPES,
  destination: 'ip',
  profile: { name: { level: 'error' }, email: { level: 'error' } },
  extras: ['patentNumber', 'copyrightWork'],
  needs: (items) => {
    const out = new Set<keyof NoticeExtra>();
    for (const it of items) {
      if (it.type === 'DESIGN_OR_PATENT') out.add('patentNumber');
      if (it.type.startsWith('COPYRIGHT')) out.add('copyrightWork');
    }
    return out;
  },
  build,
};
