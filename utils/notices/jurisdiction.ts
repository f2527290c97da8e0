import type { RegisteredRight } from '../packs/schema';

const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

/** True when the right covers the marketplace's country (an EU right covers every member state). */
export function covers(right: Pick<RegisteredRight, 'jurisdictions'>, country: string): boolean {
  const j = right.jurisdictions;
  if (j.includes(country)) return true;
  if (j.includes('EU') && EU.includes(country)) return true;
  return false;
}

/** True when the right's expiry date (a day, inclusive) is before `now`. */
export const isExpired = (right: Pick<RegisteredRight, 'expiresAt'>, now: Date) =>
  !!right.expiresAt && Date.parse(`${right.expiresAt}T23:59:59Z`) < now.getTime();
