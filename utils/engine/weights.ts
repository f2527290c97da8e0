// Every weight the judgement gives, in one table: each reason reads its weight from here, so tuning
// the engine is an edit to this file and a look at the labelled set (tests/labelled/evaluate.ts).
export const WEIGHTS = {
  /** The title names the brand plainly. */
  brand: 10,
  /** The title names a model besides the brand; alone, a model names its brand. */
  model: 5,
  modelOnly: 10,
  /** A disguised spelling of the brand's name, with the brand's context around it. */
  disguise: 35,
  /** The seller is on the brand's blocked list. */
  blocked: 60,
  /** A model-like word the brand's complete catalogue does not list. */
  modelUnknown: 30,
  /** Price grades against a reference (price / reference; thresholds in price.ts). */
  price: { strong: 35, moderate: 18, weak: 8 },
  /** A robust low outlier among the same brand's listings on the page. */
  outlier: 15,
  /** Coded wording adds at most this much, however many terms the title has. */
  codedCap: 70,
  /** Coded wording must contribute at least this much to count as corroboration. */
  corroborate: 15,
  /** Shares of the first, second and further coded terms (sorted by weight). */
  codedShares: [1, 0.5, 0.25],
  /** Coded wording by its distance in words from the nearest mention: 0-1, 2-3, 4-6, further. */
  proximity: [1, 0.85, 0.7, 0.6],
} as const;

/** Multipliers applied to a weight when the listing explains it away in part. */
export const DAMPING = {
  /** Used, refurbished and "from" prices keep only this share of the price weight. */
  used: 0.35,
  range: 0.5,
  /** "Clearance", "sale": a moderate or weak price gap is an ordinary markdown (a strong one is not). */
  sale: 0.5,
  /** "replica" means the product type on scale models, props and team-livery merchandise. */
  merch: 0.4,
} as const;

export type PriceGrade = keyof typeof WEIGHTS.price;
