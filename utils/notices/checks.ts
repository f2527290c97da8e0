import { hasAuthority } from '../profile';
import { t, type MessageKey } from '../i18n';
import { formatLabel, marketLabel, roleLabel, typeLabel } from '../labels';
import { RIGHT_FOR_TYPE } from './infringement-types';

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

// Profile fields and kinds of right in the user's words; the key is a compile error if the catalogue lacks one.
const fieldName = (f: 'name' | 'email' | 'address' | 'phone') => t(`bg_field_${f}`);
const rightName = (r: 'trademark' | 'copyright' | 'design' | 'patent') => t(`bg_right_${r}`);

export function checkNotice(input: NoticeInput): Problem[] {
  const { format, profile: p, items, market } = input;
  const f = formatOf(format);
  const out: Problem[] = [];
  const label = formatLabel(format);
  if (!f.roles.includes(p.role))
    out.push(
      err('role', t(p.role === 'consumer' ? 'bg_check_role_consumer' : 'bg_check_role', roleLabel(p.role), label)),
    );
  if (!f.fits(input.marketplace))
    out.push(err('platform', t('bg_check_platform', label, marketLabel(input.marketplace))));
  if (items.length === 0) out.push(err('no-listings', t('bg_check_no_listings')));
  for (const [field, need] of Object.entries(f.profile) as [
    Parameters<typeof fieldName>[0],
    { level: Problem['level']; why?: MessageKey },
  ][]) {
    if (p[field].trim()) continue;
    const name = fieldName(field);
    const message = need.why
      ? t('bg_check_profile_why', name, t(need.why))
      : need.level === 'error'
        ? t('bg_check_profile_add', name)
        : t('bg_check_profile', name);
    out.push({ code: `profile-${field}`, level: need.level, message });
  }
  items.forEach((it, i) => {
    const u = cleanListingUrl(it.url);
    if (!u.ok) out.push(err(`url-${u.reason}`, t('bg_check_listing', i + 1, u.message)));
    else if (u.marketplace !== input.marketplace && u.marketplace !== 'other')
      out.push(
        err(
          'url-marketplace',
          t('bg_check_listing_market', i + 1, marketLabel(u.marketplace), marketLabel(input.marketplace)),
        ),
      );
    if (f.grounds && f.grounds[it.type] == null)
      out.push(err('type-unsupported', t('bg_check_type_unsupported', i + 1, label, typeLabel(it.type))));
  });
  if (f.oneReason && new Set(items.map((i) => i.type)).size > 1)
    out.push(err('mixed-types', t('bg_check_mixed_types', label)));
  if (f.invokesRight) out.push(...rightProblems(input));
  out.push(...extraProblems(input), ...(f.checks?.(input) ?? []));
  const limit = limitFor(input);
  if (items.length > limit)
    out.push(
      warn(
        'split',
        t(
          'bg_check_split',
          items.length,
          market?.name ?? marketLabel(input.marketplace),
          limit,
          Math.ceil(items.length / limit),
        ),
      ),
    );
  return out;
}

function rightProblems({ right, market, items, now }: NoticeInput): Problem[] {
  if (!right) return [err('no-right', t('bg_check_no_right'))];
  const out: Problem[] = [];
  if (isExpired(right, now))
    out.push(err('right-expired', t('bg_check_right_expired', right.number, right.expiresAt ?? '')));
  if (!market?.country) out.push(warn('country-unknown', t('bg_check_country_unknown')));
  else if (!covers(right, market.country))
    out.push(
      err(
        'right-jurisdiction',
        t('bg_check_right_jurisdiction', right.number, right.jurisdictions.join(', '), market.country, market.name),
      ),
    );
  const wrongType = items.find((i) => RIGHT_FOR_TYPE[i.type] && RIGHT_FOR_TYPE[i.type] !== right.type);
  const expected = wrongType && RIGHT_FOR_TYPE[wrongType.type];
  if (wrongType && expected)
    out.push(
      warn(
        'right-type',
        t('bg_check_right_type', typeLabel(wrongType.type), rightName(expected), rightName(right.type)),
      ),
    );
  return out;
}

function extraProblems({ format, items, extra }: NoticeInput): Problem[] {
  const needs = formatOf(format).needs(items);
  const out: Problem[] = [];
  if (needs.has('countries') && !extra.countries?.trim()) out.push(err('need-countries', t('bg_check_need_countries')));
  if (needs.has('patentNumber') && !extra.patentNumber?.trim()) out.push(err('need-patent', t('bg_check_need_patent')));
  if (needs.has('copyrightWork') && !extra.copyrightWork?.trim()) out.push(err('need-work', t('bg_check_need_work')));
  return out;
}

/** Checks the final text the user may have edited: no authority claims from roles without one. */
export function checkText(role: Parameters<typeof hasAuthority>[0], text: string): Problem[] {
  if (!hasAuthority(role) && text.toLowerCase().includes(PERJURY_MARKER)) {
    return [err('perjury-role', t('bg_check_perjury'))];
  }
  return text.trim() ? [] : [err('empty', t('bg_check_empty'))];
}

export const blocking = (ps: Problem[]) => ps.some((p) => p.level === 'error');
