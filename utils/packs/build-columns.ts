// The spreadsheet layout `npm run rules -- build` reads: one CSV per table, one row per
// thing, lists inside a cell separated by "|". Documented in assets/packs/FORMAT.md.

export const TABLES = {
  'pack.csv': { columns: ['field', 'value'], required: ['field'] },
  'currencies.csv': { columns: ['currency', 'rate'], required: ['currency', 'rate'] },
  'wording.csv': {
    columns: ['language', 'term', 'weight', 'near_brand_only'],
    required: ['language', 'term', 'weight'],
  },
  'brands.csv': {
    columns: [
      'brand_id',
      'name',
      'aliases',
      'disguises',
      'catalogue_complete',
      'rights_holder',
      'email',
      'triage_email',
      'endpoints',
    ],
    required: ['brand_id', 'name', 'rights_holder'],
  },
  'models.csv': {
    columns: [
      'brand_id',
      'model_id',
      'name',
      'terms',
      'patterns',
      'category',
      'price',
      'currency',
      'price_kind',
      'region',
    ],
    required: ['brand_id', 'model_id'],
  },
  'categories.csv': {
    columns: ['brand_id', 'category_id', 'name', 'terms', 'price', 'currency', 'price_kind', 'region'],
    required: ['brand_id', 'category_id'],
  },
  'editions.csv': { columns: ['brand_id', 'terms', 'note'], required: ['brand_id', 'terms'] },
  'sellers.csv': {
    columns: ['brand_id', 'list', 'marketplace', 'seller_id', 'seller_name'],
    required: ['brand_id', 'list', 'marketplace'],
  },
  'rights.csv': {
    columns: ['brand_id', 'type', 'number', 'office', 'jurisdictions', 'classes', 'expires', 'description'],
    required: ['brand_id', 'type', 'number', 'office', 'jurisdictions'],
  },
  'marketplaces.csv': {
    columns: ['marketplace', 'name', 'report_url', 'per_notice_limit', 'country'],
    required: ['marketplace', 'name', 'report_url', 'per_notice_limit'],
  },
} as const;

export type TableName = keyof typeof TABLES;

/** Keys accepted in pack.csv (field,value). */
export const PACK_FIELDS = [
  'id',
  'name',
  'publisher_name',
  'publisher_contact',
  'publisher_key_id',
  'version',
  'issued_at',
  'expires_at',
  'valid_days',
  'example',
  'base_currency',
  'rates_as_of',
  'watch_threshold',
  'suspect_threshold',
] as const;
