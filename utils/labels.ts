import { t, type MessageKey } from './i18n';
import type { Role } from './profile';
import type { Level } from './types';

// Human labels for the internal words that reach the UI: levels, roles, infringement types,
// statuses, marketplaces, formats. Unknown values (an old row, a new marketplace) fall back to the
// raw word rather than to nothing; a test holds the catalogue to every known value.

const snake = (v: string) => v.replace(/-/g, '_');

/** The catalogue key for each kind of internal word. */
export const LABEL_KEYS = {
  level: (v: string) => `common_level_${v}`,
  levelMeaning: (v: string) => `common_level_${v}_meaning`,
  role: (v: string) => `common_role_${snake(v)}`,
  type: (v: string) => `common_type_${v}`,
  status: (v: string) => `common_status_${snake(v)}`,
  market: (v: string) => `common_market_${v}`,
  field: (v: string) => `common_field_${v}`,
  evidence: (v: string) => `common_evidence_${v}`,
  format: (v: string) => `notice_format_${snake(v)}`,
} as const;

const label = (kind: keyof typeof LABEL_KEYS, raw: string) => t(LABEL_KEYS[kind](raw) as MessageKey) || raw;

export const levelLabel = (level: Level) => label('level', level);
export const levelMeaning = (level: Level) => label('levelMeaning', level);
export const roleLabel = (role: Role) => label('role', role);
export const typeLabel = (type: string) => label('type', type);
export const statusLabel = (status: string) => label('status', status);
export const marketLabel = (market: string) => label('market', market);
export const fieldLabel = (field: string) => label('field', field);
export const evidenceLabel = (kind: string) => label('evidence', kind);
export const formatLabel = (format: string) => label('format', format);

/** The marketplace keys utils/adapters/marketplace.ts gives, in the order the popup names them. */
export const MARKETPLACES = [
  'amazon',
  'ebay',
  'aliexpress',
  'alibaba',
  'taobao',
  'tmall',
  'walmart',
  'etsy',
  'dhgate',
  'rakuten',
  'temu',
  'shopee',
  'mercadolibre',
] as const;

/** Example packs usually say so in their name already ("... (EXAMPLE DATA)"); say it once. */
export const needsExampleNote = (name: string | null, example: boolean) => example && !/example/i.test(name ?? '');
