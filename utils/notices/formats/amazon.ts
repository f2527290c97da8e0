import { describeRight } from '../declarations';
import { AMAZON_TYPES, TYPE_LABELS } from '../infringement-types';
import { block, lines, oneLine } from '../text';
import { type FormatBuilder, brandName, marketName, noticeId } from './common';

// Amazon's Report a Violation form: ASINs (50 at most), one violation type, the registered
// mark for that store's country, a test-buy order id where there is one, an explanation.
export const amazon: FormatBuilder = (input, items) => {
  const type = items[0]?.type ?? 'OTHER';
  const buy = items.find((i) => i.testBuy)?.testBuy ?? null;
  const notes = items
    .map((i) => block(i.note, 600))
    .filter(Boolean)
    .map((n) => oneLine(n, 600));
  // Without the user's own words, the verdict's reasons are the explanation.
  const why = notes.length
    ? notes
    : [...new Set(items.flatMap((i) => i.reasons.slice(0, 3)))].slice(0, 6).map((r) => oneLine(r, 300));
  return {
    subject: `Amazon Report a Violation: ${brandName(input)}, ${items.length} ASIN${items.length === 1 ? '' : 's'}`,
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
      why.length ? why.join('\n') : `${TYPE_LABELS[type]}.`,
      buy && `Test-buy findings: ${oneLine(buy.findings, 1_000)}`,
    ),
  };
};
