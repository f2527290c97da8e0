import { t, type MessageKey } from '../../utils/i18n';
import type { Role } from '../../utils/profile';
import type { Level } from '../../utils/types';

// Human labels for the internal words that reach the UI: levels, roles, infringement types,
// statuses and marketplaces. Unknown values (an old row, a new marketplace) fall back to the raw
// word rather than to nothing, so a catalogue gap shows up instead of hiding data.

const label = (key: string, raw: string) => t(key as MessageKey) || raw;

export const levelLabel = (level: Level) => label(`common_level_${level}`, level);
export const levelMeaning = (level: Level) => label(`common_level_${level}_meaning`, level);
export const roleLabel = (role: Role) => label(`common_role_${role.replace('-', '_')}`, role);
export const typeLabel = (type: string) => label(`common_type_${type}`, type);
export const statusLabel = (status: string) => label(`common_status_${status.replace('-', '_')}`, status);
export const marketLabel = (market: string) => label(`common_market_${market}`, market);
export const fieldLabel = (field: string) => label(`common_field_${field}`, field);
export const evidenceLabel = (kind: string) => label(`common_evidence_${kind}`, kind);
