import { z } from 'zod';
import { patternProblem } from './pattern';

// The alliance rule pack, format "listing-lens/rule-pack" version 1. Strict objects reject
// unknown keys, and every list and string is capped so a hostile pack cannot exhaust memory.
export const PACK_FORMAT = 'listing-lens/rule-pack';
export const PACK_FORMAT_VERSION = 1;

export const LIMITS = {
  brands: 5_000,
  aliasesPerBrand: 500,
  modelsPerBrand: 5_000,
  sellersPerBrand: 200_000,
  wordingPerLanguage: 2_000,
  text: 500,
  packBytes: 64 * 1024 * 1024,
} as const;

const text = (max: number = LIMITS.text) => z.string().trim().min(1).max(max);
const isoDate = z.string().datetime({ offset: true });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code');
const httpsUrl = z
  .string()
  .max(2_000)
  .url()
  .refine((u) => u.startsWith('https://'), 'URL must use https');
/** Marketplace key as used by the adapters: "amazon", "ebay", "aliexpress"... */
const marketplace = z.string().regex(/^[a-z0-9-]{2,40}$/, 'marketplace keys are lower-case words');

const publisherSchema = z.strictObject({
  name: text(),
  contact: text(),
  keyId: z.string().regex(/^[0-9a-f]{16,64}$/, 'keyId is the hex fingerprint of the signing key'),
});

const currencyTableSchema = z.strictObject({
  base: currency,
  /** Units of `base` per 1 unit of the keyed currency (USD: 1, EUR: 1.08...). */
  rates: z.record(currency, z.number().positive().finite()).refine((r) => Object.keys(r).length <= 300),
  asOf: day,
});

const wordingTermSchema = z.strictObject({
  term: text(100),
  /** 0-100 contribution before proximity weighting. */
  weight: z.number().min(0).max(100),
  /** When true the term only counts right next to a brand/model mention (e.g. "OEM", "tipo"). */
  nearBrandOnly: z.boolean().optional(),
});

const referencePriceSchema = z.strictObject({
  amount: z.number().positive().finite(),
  currency,
  kind: z.enum(['msrp', 'floor']),
  /** Optional region or marketplace key the price applies to. */
  region: z.string().max(40).optional(),
});

const modelSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  name: text(200),
  /** Extra spellings: model numbers, signature design terms ("QC45", "Arctic Program"). */
  terms: z.array(text(100)).max(50).default([]),
  category: z.string().max(80).optional(),
  prices: z.array(referencePriceSchema).max(50).default([]),
  /**
   * Regular expressions (flags "iu") matching this line's model numbers ("^QC ?\\d{2}$"), for
   * products whose numbers follow a scheme. Checked at parse time: see pattern.ts.
   */
  patterns: z
    .array(
      z
        .string()
        .min(1)
        .max(200)
        .superRefine((src, ctx) => {
          const why = patternProblem(src);
          if (why) ctx.addIssue({ code: 'custom', message: why });
        }),
    )
    .max(20)
    .optional(),
});

const sellerRefSchema = z
  .strictObject({
    marketplace,
    id: z.string().max(200).optional(),
    name: z.string().max(200).optional(),
  })
  .refine((s) => s.id || s.name, 'a seller needs an id or a name');

const rightSchema = z.strictObject({
  type: z.enum(['trademark', 'copyright', 'design', 'patent']),
  number: text(60),
  /** Office or jurisdiction: "EUIPO", "USPTO", "CNIPA", "UKIPO", "WIPO"... */
  office: text(60),
  /** ISO 3166 country codes (or "EU") the right covers. */
  jurisdictions: z
    .array(z.string().regex(/^([A-Z]{2}|EU)$/))
    .min(1)
    .max(60),
  classes: z.array(z.number().int().min(1).max(45)).max(45).default([]),
  expiresAt: day.optional(),
  description: z.string().max(500).optional(),
});

const contactsSchema = z.strictObject({
  rightsHolder: text(),
  email: z.string().email().max(200).optional(),
  /** Alliance triage address for consumers and reviewers. */
  triageEmail: z.string().email().max(200).optional(),
  /** HTTPS endpoints that accept notices by POST, shown to the user before use. */
  endpoints: z.array(httpsUrl).max(10).default([]),
});

/**
 * A product category of the brand ("down jackets", "headphones") with the words that name it and its
 * reference prices: a `floor` is the price below which the brand sells nothing new in that category.
 * Compared when a listing names the brand and the category but no priced model.
 */
const categorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  name: text(200),
  terms: z.array(text(100)).min(1).max(100),
  prices: z.array(referencePriceSchema).max(50).default([]),
});

const brandSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  name: text(100),
  aliases: z.array(text(100)).max(LIMITS.aliasesPerBrand).default([]),
  /** Known misspellings and disguises; the engine also derives look-alike variants itself. */
  disguises: z.array(text(100)).max(LIMITS.aliasesPerBrand).default([]),
  models: z.array(modelSchema).max(LIMITS.modelsPerBrand).default([]),
  /** Product categories with reference prices and floors (optional; see categorySchema). */
  categories: z.array(categorySchema).max(500).optional(),
  /**
   * Genuinely cheaper editions, kits and sizes ("Photoshop Elements", "Monopoly Deal", "media kit",
   * "travel size"): when a listing names one, its price is not compared with the brand's references.
   */
  editions: z.array(text(100)).max(2_000).optional(),
  /** When true, a model-like term for this brand that is not in `models` is a signal. */
  catalogueComplete: z.boolean().default(false),
  authorisedSellers: z.array(sellerRefSchema).max(LIMITS.sellersPerBrand).default([]),
  blockedSellers: z.array(sellerRefSchema).max(LIMITS.sellersPerBrand).default([]),
  rights: z.array(rightSchema).max(200).default([]),
  contacts: contactsSchema,
});

const marketplaceInfoSchema = z.strictObject({
  name: text(100),
  reportUrl: httpsUrl,
  /** Listings per notice the platform accepts (Alibaba IPP 300, Amazon 50...). */
  perNoticeLimit: z.number().int().min(1).max(10_000),
  country: z
    .string()
    .regex(/^([A-Z]{2}|EU)$/)
    .optional(),
});

const thresholdsSchema = z.strictObject({
  watch: z.number().min(1).max(100).default(35),
  suspect: z.number().min(1).max(100).default(70),
});

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,80}$/),
    name: text(),
    publisher: publisherSchema,
    version: z.number().int().min(1),
    issuedAt: isoDate,
    expiresAt: isoDate,
    example: z.boolean().optional(),
    currencies: currencyTableSchema,
    /** Coded counterfeit wording per BCP-47 language ("en", "zh", "es", "pt"...). */
    wording: z.record(
      z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/),
      z.array(wordingTermSchema).max(LIMITS.wordingPerLanguage),
    ),
    brands: z.array(brandSchema).min(1).max(LIMITS.brands),
    marketplaces: z.record(marketplace, marketplaceInfoSchema).default({}),
    thresholds: thresholdsSchema.default({ watch: 35, suspect: 70 }),
  })
  .superRefine((p, ctx) => {
    if (Date.parse(p.expiresAt) <= Date.parse(p.issuedAt)) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expiresAt must be after issuedAt' });
    }
    if (p.thresholds.watch >= p.thresholds.suspect) {
      ctx.addIssue({ code: 'custom', path: ['thresholds'], message: 'watch threshold must be below suspect' });
    }
    const seen = new Set<string>();
    p.brands.forEach((b, i) => {
      if (seen.has(b.id))
        ctx.addIssue({ code: 'custom', path: ['brands', i, 'id'], message: `duplicate brand id "${b.id}"` });
      seen.add(b.id);
    });
    const need = new Set<string>();
    for (const b of p.brands) {
      for (const m of b.models) for (const r of m.prices) need.add(r.currency);
      for (const c of b.categories ?? []) for (const r of c.prices) need.add(r.currency);
    }
    for (const c of need) {
      if (c !== p.currencies.base && !(c in p.currencies.rates)) {
        ctx.addIssue({
          code: 'custom',
          path: ['currencies', 'rates'],
          message: `no rate for ${c}, used by a reference price`,
        });
      }
    }
  });

export type RulePack = z.infer<typeof packSchema>;
export type Brand = z.infer<typeof brandSchema>;
export type RegisteredRight = z.infer<typeof rightSchema>;
export type MarketplaceInfo = z.infer<typeof marketplaceInfoSchema>;
