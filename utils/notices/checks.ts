import { hasAuthority } from '../profile';
import { RIGHT_FOR_TYPE, TYPE_LABELS } from './infringement-types';
import { PERJURY_MARKER } from './declarations';
import { covers, isExpired } from './jurisdiction';
import { limitFor } from './build';
import { cleanListingUrl } from './url-clean';
import { formatOf } from './formats/registry';
import type { NoticeInput } from './types';

// Pre-send checks: every problem is a value with a plain message. Errors block sending;
// warnings are shown and the user decides.
export interface Problem {
  code: string;
  level: 'error' | 'warning';
  message: string;
}

const err = (code: string, message: string): Problem => ({ code, level: 'error', message });
const warn = (code: string, message: string): Problem => ({ code, level: 'warning', message });

const FIELD_NAMES = { name: 'name', email: 'email address', address: 'postal address', phone: 'phone number' };

export function checkNotice(input: NoticeInput): Problem[] {
  const { format, profile: p, items, market } = input;
  const f = formatOf(format);
  const out: Problem[] = [];
  if (!f.roles.includes(p.role))
    out.push(
      err(
        'role',
        `Your role (${p.role}) cannot send a ${f.label}. ${p.role === 'consumer' ? 'Consumers hold no IP rights: use the DSA notice, the marketplace report page or the alliance triage address.' : ''}`.trim(),
      ),
    );
  if (!f.fits(input.marketplace))
    out.push(err('platform', `A ${f.label} is only for its own platform, not ${input.marketplace}.`));
  if (items.length === 0) out.push(err('no-listings', 'Add at least one flagged listing.'));
  for (const [field, need] of Object.entries(f.profile) as [
    keyof typeof FIELD_NAMES,
    { level: Problem['level']; why?: string },
  ][]) {
    if (p[field].trim()) continue;
    const name = FIELD_NAMES[field];
    const message =
      need.level === 'error' && !need.why
        ? `Your ${name} is missing: add it in the profile.`
        : `Your ${name} is missing${need.why ? `: ${need.why}` : ''}.`;
    out.push({ code: `profile-${field}`, level: need.level, message });
  }
  items.forEach((it, i) => {
    const u = cleanListingUrl(it.url);
    if (!u.ok) out.push(err(`url-${u.reason}`, `Listing ${i + 1}: ${u.message}`));
    else if (u.marketplace !== input.marketplace && u.marketplace !== 'other')
      out.push(err('url-marketplace', `Listing ${i + 1} is on ${u.marketplace}, not ${input.marketplace}.`));
    if (f.grounds && f.grounds[it.type] == null)
      out.push(
        err(
          'type-unsupported',
          `Listing ${i + 1}: ${f.label} has no ground for "${TYPE_LABELS[it.type]}". Choose another type or another format.`,
        ),
      );
  });
  if (f.oneReason && new Set(items.map((i) => i.type)).size > 1)
    out.push(err('mixed-types', `A ${f.label} carries one reason: send one notice per infringement type.`));
  if (f.invokesRight) out.push(...rightProblems(input));
  out.push(...extraProblems(input), ...(f.checks?.(input) ?? []));
  const limit = limitFor(input);
  if (items.length > limit)
    out.push(
      warn(
        'split',
        `${items.length} listings exceed ${market?.name ?? input.marketplace}'s limit of ${limit} per notice: they will go as ${Math.ceil(items.length / limit)} notices.`,
      ),
    );
  return out;
}

function rightProblems({ right, market, items, now }: NoticeInput): Problem[] {
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
  return out;
}

function extraProblems({ format, items, extra }: NoticeInput): Problem[] {
  const needs = formatOf(format).needs(items);
  const out: Problem[] = [];
  if (needs.has('countries') && !extra.countries?.trim())
    out.push(err('need-countries', 'An unlawful-import claim needs the countries where the item is not authorised.'));
  if (needs.has('patentNumber') && !extra.patentNumber?.trim())
    out.push(err('need-patent', 'A patent claim needs the patent number.'));
  if (needs.has('copyrightWork') && !extra.copyrightWork?.trim())
    out.push(err('need-work', 'A copyright claim needs a description of the copyrighted work.'));
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
