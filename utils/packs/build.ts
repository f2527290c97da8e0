import { PACK_FIELDS, TABLES, type TableName } from './build-columns';
import { boolCell, listCell, parseCsv, type CsvRow } from './csv';
import { PACK_FORMAT, PACK_FORMAT_VERSION, packSchema, type RulePack } from './schema';
import { fail, ok, type Result } from './result';
import { describeIssues } from './validate';
import { addCategories } from './build-categories';

// Spreadsheets to pack: brand staff keep CSVs, this turns them into pack JSON and validates
// it with the same schema the extension uses. Pure: the CLI does the file reading.

export interface BuildOptions {
  keyId?: string;
  version?: number;
  now: number;
}

// biome-ignore lint/suspicious/noExplicitAny: CSV rows become pack JSON whose shape the pack schema checks afterwards
type Json = Record<string, any>;
const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));

export function buildPack(
  files: Partial<Record<TableName, string>>,
  opts: BuildOptions,
): Result<{ pack: RulePack; json: string }> {
  const tables = {} as Record<TableName, CsvRow[]>;
  for (const [name, spec] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
    const text = files[name];
    if (text === undefined) {
      if (name === 'pack.csv' || name === 'brands.csv') return fail(`${name} is missing`);
      tables[name] = [];
      continue;
    }
    const rows = parseCsv(text, spec.columns, spec.required);
    if (!rows.ok) return fail(`${name} ${rows.error}`);
    tables[name] = rows.value;
  }

  const head: Record<string, string> = {};
  for (const r of tables['pack.csv']) {
    if (!(PACK_FIELDS as readonly string[]).includes(r.cells.field))
      return fail(
        `pack.csv line ${r.line}: unknown field "${r.cells.field}"; expected one of ${PACK_FIELDS.join(', ')}`,
      );
    head[r.cells.field] = r.cells.value ?? '';
  }
  const issued = head.issued_at || new Date(opts.now).toISOString();
  const expires =
    head.expires_at || new Date(Date.parse(issued) + (num(head.valid_days) ?? 90) * 86_400_000).toISOString();

  const brands = new Map<string, Json>();
  for (const { cells: c } of tables['brands.csv']) {
    brands.set(c.brand_id, {
      id: c.brand_id,
      name: c.name,
      aliases: listCell(c.aliases),
      disguises: listCell(c.disguises),
      catalogueComplete: boolCell(c.catalogue_complete) ?? false,
      models: [],
      authorisedSellers: [],
      blockedSellers: [],
      rights: [],
      contacts: {
        rightsHolder: c.rights_holder,
        ...(c.email ? { email: c.email } : {}),
        ...(c.triage_email ? { triageEmail: c.triage_email } : {}),
        endpoints: listCell(c.endpoints),
      },
    });
  }
  const brandOf = (file: string, r: CsvRow): Json | string =>
    brands.get(r.cells.brand_id) ??
    `${file} line ${r.line}: unknown brand_id "${r.cells.brand_id}" (not in brands.csv)`;

  for (const r of tables['models.csv']) {
    const b = brandOf('models.csv', r);
    if (typeof b === 'string') return fail(b);
    const c = r.cells;
    let m = b.models.find((x: Json) => x.id === c.model_id);
    if (!m) {
      if (!c.name) return fail(`models.csv line ${r.line}: the first row of model "${c.model_id}" needs a name`);
      m = {
        id: c.model_id,
        name: c.name,
        terms: listCell(c.terms),
        prices: [],
        ...(c.category ? { category: c.category } : {}),
      };
      if (listCell(c.patterns).length) m.patterns = listCell(c.patterns);
      b.models.push(m);
    }
    if (c.price) {
      m.prices.push({
        amount: Number(c.price),
        currency: (c.currency || head.base_currency || '').toUpperCase(),
        kind: c.price_kind || 'msrp',
        ...(c.region ? { region: c.region } : {}),
      });
    }
  }
  const catError = addCategories(tables['categories.csv'], tables['editions.csv'], brandOf, head.base_currency || '');
  if (catError) return fail(catError);
  for (const r of tables['sellers.csv']) {
    const b = brandOf('sellers.csv', r);
    if (typeof b === 'string') return fail(b);
    const list = r.cells.list.toLowerCase();
    if (list !== 'authorised' && list !== 'authorized' && list !== 'blocked')
      return fail(`sellers.csv line ${r.line}: list must be "authorised" or "blocked"`);
    const ref = {
      marketplace: r.cells.marketplace,
      ...(r.cells.seller_id ? { id: r.cells.seller_id } : {}),
      ...(r.cells.seller_name ? { name: r.cells.seller_name } : {}),
    };
    (list === 'blocked' ? b.blockedSellers : b.authorisedSellers).push(ref);
  }
  for (const r of tables['rights.csv']) {
    const b = brandOf('rights.csv', r);
    if (typeof b === 'string') return fail(b);
    const c = r.cells;
    b.rights.push({
      type: c.type,
      number: c.number,
      office: c.office,
      jurisdictions: listCell(c.jurisdictions),
      classes: listCell(c.classes).map(Number),
      ...(c.expires ? { expiresAt: c.expires } : {}),
      ...(c.description ? { description: c.description } : {}),
    });
  }
  const wording: Record<string, Json[]> = {};
  for (const { cells: c } of tables['wording.csv']) {
    (wording[c.language] ??= []).push({
      term: c.term,
      weight: Number(c.weight),
      ...(boolCell(c.near_brand_only) ? { nearBrandOnly: true } : {}),
    });
  }
  const rates: Record<string, number> = {};
  for (const { cells: c } of tables['currencies.csv']) rates[c.currency.toUpperCase()] = Number(c.rate);
  const marketplaces: Record<string, Json> = {};
  for (const { cells: c } of tables['marketplaces.csv']) {
    marketplaces[c.marketplace] = {
      name: c.name,
      reportUrl: c.report_url,
      perNoticeLimit: Number(c.per_notice_limit),
      ...(c.country ? { country: c.country } : {}),
    };
  }

  const draft: Json = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: head.id,
    name: head.name,
    publisher: {
      name: head.publisher_name,
      contact: head.publisher_contact,
      keyId: opts.keyId ?? head.publisher_key_id,
    },
    version: opts.version ?? num(head.version),
    issuedAt: issued,
    expiresAt: expires,
    ...(boolCell(head.example) ? { example: true } : {}),
    currencies: { base: head.base_currency, rates, asOf: head.rates_as_of || issued.slice(0, 10) },
    wording,
    brands: [...brands.values()],
    marketplaces,
    thresholds: { watch: num(head.watch_threshold) ?? 35, suspect: num(head.suspect_threshold) ?? 70 },
  };
  const parsed = packSchema.safeParse(draft);
  if (!parsed.success) {
    // Name brands by id rather than by position: staff know "bose", not "brands.0".
    const ids = [...brands.keys()];
    return fail(describeIssues(parsed.error, 10).replace(/\bbrands\.(\d+)/g, (_, i) => `brand "${ids[Number(i)]}"`));
  }
  return ok({ pack: parsed.data, json: `${JSON.stringify(draft, null, 2)}\n` });
}
