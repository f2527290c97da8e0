import type { Role } from '../../profile';
import type { MessageKey } from '../../i18n';
import type { Problem } from '../checks';
import type { DestinationKind } from '../destinations';
import type { InfringementType } from '../infringement-types';
import type { FormatId, NoticeExtra, NoticeInput, NoticeItem } from '../types';
import type { FormatBuilder } from './common';

// Everything one notice format knows, in one place (utils/notices/formats/<id>.ts); the
// registry test fails when a format lacks a part, a golden file or a UI label.
type ProfileField = 'name' | 'email' | 'address' | 'phone';

export interface FormatDescriptor {
  id: FormatId;
  /** English name, used in pre-send messages; the UI shows t('notice_format_<id>'). */
  label: string;
  /** Listings per notice the platform accepts; a pack's perNoticeLimit may lower it. */
  limit: number;
  /** Who may send it: consumers never get a format that invokes a right. */
  roles: readonly Role[];
  /** Platform formats fit only their own marketplaces. */
  fits: (marketplace: string) => boolean;
  invokesRight: boolean;
  /** The platform takes one reason per complaint, so notices are split by infringement type. */
  oneReason: boolean;
  /** The platform's ground for each infringement type (null: none); absent when any type will do. */
  grounds: Readonly<Record<InfringementType, unknown>> | null;
  /** Where it goes: a pack destination kind, or the brand's own staff. */
  destination: DestinationKind | 'handover';
  /** Profile data it needs: an error blocks sending, a warning informs (with the platform's reason). */
  profile: Partial<Record<ProfileField, { level: Problem['level']; why?: MessageKey }>>;
  /** Extra fields the picker shows, and the ones these listings make required. */
  extras: readonly (keyof NoticeExtra)[];
  needs: (items: readonly NoticeItem[]) => ReadonlySet<keyof NoticeExtra>;
  /** Checks only this platform makes. */
  checks?: (input: NoticeInput) => Problem[];
  build: FormatBuilder;
}

export const ALIBABA_GROUP = ['aliexpress', 'alibaba', '1688', 'taobao', 'tmall'];
export const anyMarketplace = () => true;
export const needsNothing = () => new Set<keyof NoticeExtra>();
export const IP_ROLES: readonly Role[] = ['rights-holder', 'agent'];

/** Name and email always; address and phone asked for, as most IP forms do. */
export const FULL_CONTACT: FormatDescriptor['profile'] = {
  name: { level: 'error' },
  email: { level: 'error' },
  address: { level: 'warning' },
  phone: { level: 'warning' },
};
