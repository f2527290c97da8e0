import { hasAuthority } from '../profile';
import {
  AMAZON_TYPES,
  ETSY_TYPES,
  IPP_REASONS,
  RIGHT_FOR_TYPE,
  TYPE_LABELS,
  VERO_REASONS,
  type InfringementType,
} from './infringement-types';
import { PERJURY_MARKER } from './declarations';
import { VERO_BRAND_MAX, VERO_MESSAGE_MAX } from './formats/ebay-vero';
import { covers, isExpired } from './jurisdiction';
import { limitFor } from './build';
import { cleanListingUrl } from './url-clean';
import { FORMAT_LABELS, FORMATS_BY_ROLE, formatFits, type FormatId, type NoticeInput } from './types';

// Pre-send checks: every problem is a value with a plain message. Errors block sending;
// warnings are shown and the user decides.
export interface Problem {
  code: string;
  level: 'error' | 'warning';
  message: string;
}

const IP_FORMATS: FormatId[] = ['ip-notice', 'alibaba-ipp', 'amazon', 'ebay-vero', 'etsy'];
const PLATFORM_TYPES: Partial<Record<FormatId, Record<InfringementType, unknown>>> = {
  'alibaba-ipp': IPP_REASONS,
  amazon: AMAZON_TYPES,
  'ebay-vero': VERO_REASONS,
  etsy: ETSY_TYPES,
};
const ONE_REASON: FormatId[] = ['alibaba-ipp', 'amazon'];

const err = (code: string, message: string): Problem => ({ code, level: 'error', message });
const warn = (code: string, message: string): Problem => ({ code, level: 'warning', message });

export function checkNotice(input: NoticeInput): Problem[] {
  const { format, profile: p, items, right, market } = input;
  const out: Problem[] = [];
  const label = FORMAT_LABELS[format];
  if (!FORMATS_BY_ROLE[p.role].includes(format))
    out.push(
      err(
        'role',
        `Your role (${p.role}) cannot send a ${label}. ${p.role === 'consumer' ? 'Consumers hold no IP rights: use the DSA notice, the marketplace report page or the alliance triage address.' : ''}`.trim(),
      ),
    );
  if (!formatFits(format, input.marketplace))
    out.push(err('platform', `A ${label} is only for its own platform, not ${input.marketplace}.`));
  if (items.length === 0) out.push(err('no-listings', 'Add at least one flagged listing.'));
  if (!p.name.trim()) out.push(err('profile-name', 'Your name is missing: add it in the profile.'));
  if (!p.email.trim()) out.push(err('profile-email', 'Your email address is missing: add it in the profile.'));
  if (format === 'etsy' || format === 'ebay-vero' || format === 'ip-notice') {
    if (!p.address.trim())
      out.push(
        (format === 'etsy' ? err : warn)(
          'profile-address',
          `Your postal address is missing${format === 'etsy' ? ': Etsy rejects reports without it' : ''}.`,
        ),
      );
    if (!p.phone.trim())
      out.push(
        (format === 'etsy' ? err : warn)(
          'profile-phone',
          `Your phone number is missing${format === 'etsy' ? ': Etsy rejects reports without it' : ''}.`,
        ),
      );
  }
  items.forEach((it, i) => {
    const u = cleanListingUrl(it.url);
    if (!u.ok) out.push(err(`url-${u.reason}`, `Listing ${i + 1}: ${u.message}`));
    else if (u.marketplace !== input.marketplace && u.marketplace !== 'other')
      out.push(err('url-marketplace', `Listing ${i + 1} is on ${u.marketplace}, not ${input.marketplace}.`));
    if (format === 'dsa-email' && it.reasons.length === 0 && !it.note.trim())
      out.push(err('no-reason', `Listing ${i + 1}: explain why it is illegal (add a note).`));
    const map = PLATFORM_TYPES[format];
    if (map && map[it.type] == null)
      out.push(
        err(
          'type-unsupported',
          `Listing ${i + 1}: ${label} has no ground for "${TYPE_LABELS[it.type]}". Choose another type or another format.`,
        ),
      );
  });
  if (ONE_REASON.includes(format) && new Set(items.map((i) => i.type)).size > 1)
    out.push(err('mixed-types', `A ${label} carries one reason: send one notice per infringement type.`));
  if (IP_FORMATS.includes(format)) out.push(...rightProblems(input));
  if (format === 'ebay-vero' || format === 'amazon') out.push(...extraProblems(input));
  if ((format === 'triage-email' || format === 'handover') && !input.brand)
    out.push(err('no-brand', 'These listings match no brand in the pack, so there is nowhere to route them.'));
  const limit = limitFor(input);
  if (items.length > limit)
    out.push(
      warn(
        'split',
        `${items.length} listings exceed ${market?.name ?? input.marketplace}'s limit of ${limit} per notice: they will go as ${Math.ceil(items.length / limit)} notices.`,
      ),
    );
  void right;
  return out;
}

function rightProblems({ right, market, items, now, format }: NoticeInput): Problem[] {
  if (!right) return [err('no-right', 'Choose the registered right this notice invokes (none in the pack fits).')];
  const out: Problem[] = [];
  if (isExpired(right, now)) out.push(err('right-expired', `The right ${right.number} expired on ${right.expiresAt}.`));
  if (!market?.country)
    out.push(
      warn(
        'country-unknown',
        "The pack gives no country for this marketplace, so the right's jurisdiction could not be checked.",
      ),
    );
  else if (!covers(right, market.country))
    out.push(
      err(
        'right-jurisdiction',
        `The right ${right.number} covers ${right.jurisdictions.join(', ')}, not ${market.country} where ${market.name} operates.`,
      ),
    );
  const wrongType = items.find((i) => RIGHT_FOR_TYPE[i.type] && RIGHT_FOR_TYPE[i.type] !== right.type);
  if (wrongType)
    out.push(
      warn(
        'right-type',
        `"${TYPE_LABELS[wrongType.type]}" usually rests on a ${RIGHT_FOR_TYPE[wrongType.type]}, but the chosen right is a ${right.type}.`,
      ),
    );
  if (format === 'etsy' && /supplemental/i.test(right.description ?? ''))
    out.push(err('right-supplemental', 'Etsy does not accept marks on the US Supplemental Register.'));
  return out;
}

function extraProblems({ format, items, extra, brand }: NoticeInput): Problem[] {
  const out: Problem[] = [];
  const needs = new Set<string>();
  for (const it of items) {
    if (format === 'ebay-vero') for (const n of VERO_REASONS[it.type]?.needs ?? []) needs.add(n);
    if (format === 'amazon' && it.type === 'DESIGN_OR_PATENT') needs.add('patentNumber');
    if (format === 'amazon' && it.type.startsWith('COPYRIGHT')) needs.add('copyrightWork');
  }
  if (needs.has('countries') && !extra.countries?.trim())
    out.push(err('need-countries', 'An unlawful-import claim needs the countries where the item is not authorised.'));
  if (needs.has('patentNumber') && !extra.patentNumber?.trim())
    out.push(err('need-patent', 'A patent claim needs the patent number.'));
  if (needs.has('copyrightWork') && !extra.copyrightWork?.trim())
    out.push(err('need-work', 'A copyright claim needs a description of the copyrighted work.'));
  if (format === 'ebay-vero') {
    if ((brand?.name ?? '').length > VERO_BRAND_MAX)
      out.push(err('brand-long', `eBay takes a brand name of at most ${VERO_BRAND_MAX} characters.`));
    if ((extra.messageToSeller ?? '').length > VERO_MESSAGE_MAX)
      out.push(err('message-long', `The message to the seller is over ${VERO_MESSAGE_MAX} characters.`));
  }
  return out;
}

/** Checks the final text the user may have edited: no authority claims from roles without one. */
export function checkText(role: Parameters<typeof hasAuthority>[0], text: string): Problem[] {
  if (!hasAuthority(role) && text.toLowerCase().includes(PERJURY_MARKER)) {
    return [
      err(
        'perjury-role',
        'Only rights holders and their agents may declare authority under penalty of perjury: remove that statement.',
      ),
    ];
  }
  return text.trim() ? [] : [err('empty', 'The notice text is empty.')];
}

export const blocking = (ps: Problem[]) => ps.some((p) => p.level === 'error');
