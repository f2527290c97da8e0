import { DSA_GOOD_FAITH, contactBlock, signOff } from '../declarations';
import { lines, utcStamp } from '../text';
import { TYPE_LABELS } from '../infringement-types';
import { type FormatBuilder, marketName, noticeUrl, substantiation } from './common';

// EU DSA Art. 16(2): (a) reasons, (b) exact URLs, (c) name and email, (d) bona fide statement.
// Anyone may send it, so it carries no authority or perjury declaration whatever the role.
export const dsaEmail: FormatBuilder = (input, items) => {
  const types = [...new Set(items.map((i) => TYPE_LABELS[i.type].toLowerCase()))].join('; ');
  return {
    subject: `Notice of illegal content under Art. 16 DSA: ${types} on ${marketName(input)}`,
    recipient: null,
    text: lines(
      `To the ${marketName(input)} notice and action team,`,
      '',
      'Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act) I notify you of the following content on your service, which I believe to be illegal.',
      '',
      '(b) Exact location of the content',
      ...items.map((i) => noticeUrl(i)),
      '',
      '(a) Why I consider the content illegal',
      substantiation(items),
      '',
      '(c) Notifier',
      contactBlock(input.profile, false),
      '',
      '(d) Statement',
      DSA_GOOD_FAITH,
      '',
      'Please confirm receipt of this notice and inform me of your decision (Art. 16(4) and (5) DSA).',
      '',
      signOff(input.profile),
      utcStamp(input.now),
    ),
  };
};
