import type { RegisteredRight } from '../packs/schema';
import type { Profile, Role } from '../profile';
import { block, oneLine } from './text';

// What each role may declare. Consumers and reviewers hold no right, so they are never
// handed an authority statement "under penalty of perjury"; that sentence exists only here.
export const PERJURY_MARKER = 'under penalty of perjury';

export const DSA_GOOD_FAITH =
  'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.';

export function ipDeclarations(role: Role, rightsHolder: string): string[] {
  const base = [
    'I have a good faith belief that the use of the trademark, copyright, design or patent described above in the manner complained of is not authorised by the rights owner, its agent or the law.',
    'The information in this notice is accurate.',
  ];
  if (role === 'rights-holder') {
    return [
      ...base,
      `I declare, under penalty of perjury, that I am the owner, or an employee of the owner (${oneLine(rightsHolder)}), of the exclusive right that is allegedly infringed.`,
    ];
  }
  if (role === 'agent') {
    return [
      ...base,
      `I declare, under penalty of perjury, that I am authorised to act on behalf of ${oneLine(rightsHolder)}, the owner of the exclusive right that is allegedly infringed.`,
    ];
  }
  return [];
}

export function describeRight(r: RegisteredRight): string {
  const kind = r.type[0].toUpperCase() + r.type.slice(1);
  const classes = r.classes.length ? `, class${r.classes.length === 1 ? '' : 'es'} ${r.classes.join(', ')}` : '';
  const until = r.expiresAt ? `, valid until ${r.expiresAt}` : '';
  return `${kind} No. ${oneLine(r.number)} (${oneLine(r.office)}${classes}; covers ${r.jurisdictions.join(', ')}${until})`;
}

export function contactBlock(p: Profile, full: boolean): string {
  const rows = [
    `Name: ${oneLine(p.name)}`,
    p.organisation && `Organisation: ${oneLine(p.organisation)}`,
    `Email: ${oneLine(p.email)}`,
    (full || p.phone) && `Phone: ${oneLine(p.phone)}`,
    (full || p.address) &&
      `Postal address: ${block(p.address, 1_000)
        .split('\n')
        .map((l) => oneLine(l))
        .join(', ')}`,
  ];
  return rows.filter(Boolean).join('\n');
}

export const signOff = (p: Profile) => block(p.signature, 1_000) || oneLine(p.name);
