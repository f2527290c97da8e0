import { contactBlock, signOff } from '../declarations';
import { ROLE_LABELS } from '../../profile';
import { lines, oneLine, utcStamp } from '../text';
import { type FormatBuilder, brandName, marketName, substantiation } from './common';

// Cases routed on rather than sent to a platform: to the alliance's triage queue (consumers,
// reviewers) or to the brand's own staff (reviewers). No declarations: nothing is claimed.
const routed =
  (to: 'triage' | 'handover'): FormatBuilder =>
  (input, items) => ({
    subject: `${to === 'triage' ? 'For triage' : 'Handover'}: ${items.length} suspect ${brandName(input)} listing${items.length === 1 ? '' : 's'} on ${marketName(input)}`,
    recipient: (to === 'triage' ? input.brand?.contacts.triageEmail : input.brand?.contacts.email) ?? null,
    text: lines(
      to === 'triage' ? 'Hello,' : `To the ${brandName(input)} brand protection team,`,
      '',
      to === 'triage'
        ? `I found these ${marketName(input)} listings that look like ${brandName(input)} infringements and ask the alliance to review them.`
        : `After review, these ${marketName(input)} listings look like ${brandName(input)} infringements. Please decide whether to file a notice.`,
      '',
      substantiation(items),
      '',
      `Reported by: ${ROLE_LABELS[input.profile.role]}`,
      contactBlock(input.profile, false),
      '',
      oneLine(signOff(input.profile), 200),
      utcStamp(input.now),
    ),
  });

export const triageEmail = routed('triage');
export const handover = routed('handover');
