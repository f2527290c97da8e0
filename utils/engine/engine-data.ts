// The compiled engine: a small JSON-able header plus named typed arrays. The same shape comes out
// of compilePack and loadEngine, so scoring never knows (or pays for) where an engine came from.

export interface EngineMeta {
  packId: string;
  packVersion: number;
  watch: number;
  suspect: number;
  baseCurrency: string;
  /** Units of the base currency per unit of each currency (the pack's table, base included). */
  rates: Record<string, number>;
  brands: number;
  models: number;
  /** Pack terms compiled: brand names, aliases, disguises, model names and terms, coded wording. */
  terms: number;
  sellers: number;
  /** Marketplaces where the pack lists sellers by name (names are hashed only there). */
  nameMarkets: string[];
  /** Model-number patterns as [brand, model, source]; compiled on first use (patterns.ts). */
  modelPatterns: [number, number, string][];
}

/** Typed array kinds a section can hold; the code is stored in the buffer's section table. */
export const ARRAY_KINDS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;
export type ArrayKind = keyof typeof ARRAY_KINDS;

/** Section order in the stored form; changing it (or any kind) means bumping ENGINE_FORMAT. */
export const SECTIONS = [
  // term table: open addressing, 4 words per slot (h1, h2, then the key's one posting, or 0 and
  // first posting << 8 | count when postings share the key) so a hit touches one cache line;
  // then the filter, one 2-word block per key: terms and prefixes (prefixes: leading tokens; any
  // leading characters for brand names and coded words), literal and skeleton keys on different
  // bits, so one load answers the scanner for a run of tokens
  ['slots', 'u32'],
  ['filter', 'u32'],
  // shared postings, two words each so one cache line serves a run: kind | flags << 4 | tokens << 12 | brand << 16, then ref
  // (tokens is capped at 15: runs are at most 8 tokens long)
  ['postings', 'u32'],
  // brands
  ['brandId', 'u32'],
  ['brandName', 'u32'],
  ['brandFlags', 'u8'],
  // models and their reference prices
  ['modelBrand', 'u16'],
  ['modelName', 'u32'],
  ['modelPriceStart', 'u32'],
  ['modelPriceCount', 'u8'],
  // M_* flags: a "model" may be a brand's product category (its prices are category references)
  ['modelFlags', 'u8'],
  ['priceAmount', 'f64'],
  ['priceCurrency', 'u32'],
  ['priceKind', 'u8'],
  ['priceRegion', 'u32'],
  // coded wording
  ['wordTerm', 'u32'],
  ['wordLang', 'u32'],
  ['wordWeight', 'u8'],
  ['wordFlags', 'u8'],
  // strings (UTF-8, decoded lazily)
  ['strBytes', 'u8'],
  ['strOff', 'u32'],
  // sellers: 65,536 buckets by the top 16 bits of one hash, then 32 more bits of another, sorted;
  // then a Bloom filter in 16-word (cache-line) blocks in front of them
  ['sellerBucket', 'u32'],
  ['sellerHash', 'u32'],
  ['sellerTag', 'u16'],
  ['sellerFilter', 'u32'],
] as const satisfies readonly (readonly [string, ArrayKind])[];

type SectionName = (typeof SECTIONS)[number][0];
type KindOf<N extends SectionName> = Extract<(typeof SECTIONS)[number], readonly [N, ArrayKind]>[1];
interface ArrayTypes {
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  i32: Int32Array;
  f64: Float64Array;
}
export type EngineArrays = { [N in SectionName]: ArrayTypes[KindOf<N>] };

export interface Engine {
  meta: EngineMeta;
  a: EngineArrays;
  /** Decoded strings by index, filled on demand when a reason needs a name (empty until the first). */
  strCache: (string | null)[];
  /** Brand names and ids by brand, decoded on first use: nearly every judged listing needs one. */
  brandNames: (string | null)[] | null;
  brandIds: (string | null)[] | null;
  /** Compiled model patterns by brand, built on the first listing that needs them. */
  patterns: Map<number, { model: number; re: RegExp }[]> | null;
}

// Posting kinds
export const K_BRAND = 1;
export const K_MODEL = 2;
export const K_MODEL_PART = 3;
export const K_WORD = 4;
export const K_CUE = 5;
export const K_CATEGORY = 6; // a word naming one of the brand's product categories ("parka", "headphones")
export const K_EDITION = 7; // a genuinely cheaper edition or kit ("Photoshop Elements", "media kit")

/**
 * A posting's first word: kind in bits 0-3, flags 4-11, the term's token count 12-15 (capped),
 * brand 16-31. The second word is the ref (model, coded word, cue or category).
 */
export const PW_KIND_MASK = 0xf;
export const PW_FLAGS_SHIFT = 4;
export const PW_FLAGS_MASK = 0xff;
export const PW_TOKENS_SHIFT = 12;
export const PW_TOKENS_MAX = 0xf;
export const PW_BRAND_SHIFT = 16;
export const postingWord = (kind: number, flags: number, tokens: number, brand: number): number =>
  ((kind & PW_KIND_MASK) |
    ((flags & PW_FLAGS_MASK) << PW_FLAGS_SHIFT) |
    (Math.min(tokens, PW_TOKENS_MAX) << PW_TOKENS_SHIFT) |
    (brand << PW_BRAND_SHIFT)) >>>
  0;

// Model flags
export const M_CATEGORY = 1; // a product category, not a model: its prices are the category's references

// Posting flags
export const P_SKEL = 1; // found through the look-alike skeleton, not the literal spelling
export const P_COMMON = 2; // an ordinary word or a very short term: needs corroboration
export const P_DIGIT = 4; // the term contains a digit (model numbers)
export const P_DISGUISE = 8; // a misspelling the pack lists as a disguise
export const P_CJK = 16; // the term is written in CJK characters

// Brand flags
export const B_CATALOGUE = 1; // the pack lists the brand's full catalogue

// Wording flags
export const W_NEAR_ONLY = 1;

export const NO_STRING = 0xffffffff;
