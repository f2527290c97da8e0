// One listing's facts before judgement: which brands and models it names (and how), which coded
// words and context cues it contains, its price in the base currency, and which seller lists it
// hits. Judgement (judge.ts) turns these into a score; scorePage needs them for every listing first.
import type { Listing } from '../types';
import {
  CUE_ACCESSORY as CUE_ACCESSORY$,
  CUE_MERCH as CUE_MERCH$,
  CUE_SALE as CUE_SALE$,
  CUE_USED as CUE_USED$,
} from './cues';
import {
  K_BRAND as K_BRAND$,
  K_CATEGORY as K_CATEGORY$,
  K_CUE as K_CUE$,
  K_EDITION as K_EDITION$,
  K_MODEL as K_MODEL$,
  K_MODEL_PART as K_MODEL_PART$,
  K_WORD as K_WORD$,
} from './engine-data';
import type { Engine } from './engine-data';
import { D_NONE as D_NONE$, scan as scan$ } from './match';
import type { Hit } from './match';
import { patternMentions as patternMentions$ } from './patterns';
import { findSellerTags as findSellerTags$ } from './sellers';
import {
  dropEchoedLookalikes as dropEchoedLookalikes$,
  markPassing as markPassing$,
  unknownModelsAfter as unknownModelsAfter$,
} from './mentions';
import { rateOf as rateOf$ } from './price';
import { isCodedToken as isCodedToken$ } from './coded-token';
import { F_CJK as F_CJK$, MAX_TOKENS as MAX_TOKENS$, tokenise as tokenise$ } from './tokenise';
import type { Tokens } from './tokenise';
// Imported bindings copied once into module constants: under the bench's loader (tsx, CommonJS output)
// every read of an imported binding is a getter call, and these are read on every listing.
const CUE_ACCESSORY = CUE_ACCESSORY$,
  CUE_MERCH = CUE_MERCH$,
  CUE_USED = CUE_USED$,
  CUE_SALE = CUE_SALE$,
  K_BRAND = K_BRAND$,
  K_CATEGORY = K_CATEGORY$,
  K_CUE = K_CUE$,
  K_EDITION = K_EDITION$,
  K_MODEL = K_MODEL$,
  K_MODEL_PART = K_MODEL_PART$,
  K_WORD = K_WORD$,
  D_NONE = D_NONE$,
  scan = scan$,
  patternMentions = patternMentions$,
  findSellerTags = findSellerTags$,
  F_CJK = F_CJK$,
  MAX_TOKENS = MAX_TOKENS$,
  tokenise = tokenise$,
  dropEchoedLookalikes = dropEchoedLookalikes$,
  markPassing = markPassing$,
  unknownModelsAfter = unknownModelsAfter$,
  rateOf = rateOf$,
  isCodedToken = isCodedToken$;

/** A brand or model mention, with the words as written (`matched`), and `passing` set when it is
 * preceded by "for", "compatible with"... : the brand names what the item fits, not what it is;
 * `cue` then holds the words that made it so. */
export type Mention = Hit;

/** A coded-wording hit, with the words as written. */
type WordHit = Hit;

export interface Analysis {
  listing: Listing;
  marketplace: string | null;
  mentions: Mention[];
  words: WordHit[];
  /** First accessory word seen ("case", "floor mats"), if any. */
  accessory: string | null;
  used: string | null;
  merch: string | null;
  /** A markdown word ("clearance", "sale"), if any. */
  sale: string | null;
  /** Words naming a brand's product category ("parka", "headphones"), of any brand. */
  categories: Hit[];
  /** Words naming a genuinely cheaper edition or kit ("Photoshop Elements", "media kit"), of any brand. */
  editions: Hit[];
  /** Brands named by the page's own brand field. */
  fieldBrands: number[];
  /** Unknown model-like words right after a mention of a brand, by brand. */
  unknownModels: Map<number, string>;
  /**
   * Word position of each token when the title has CJK text (a CJK character counts half a word,
   * as Chinese words run ~2 characters); null means positions are token indexes.
   */
  pos: Float32Array | null;
  /** Seller list entries hit: brand << 1 | blocked. */
  sellerTags: number[];
  /** Listing price in the pack's base currency, or null (no price, or no rate for its currency). */
  priceBase: number | null;
}

export function analyse(engine: Engine, listing: Listing, marketplace: string | null): Analysis {
  const t = tokenise(listing.title ?? '');
  // A fresh array, not a reused one: a long-lived array holding new hits would pay the collector's
  // write barrier on every push (measured slower).
  const hits: Hit[] = [];
  scan(engine, t, hits);
  const seller = listing.seller;
  const sellerTags =
    marketplace && seller
      ? findSellerTags(engine.a, marketplace, seller.id, seller.name, engine.meta.nameMarkets.includes(marketplace))
      : NO_TAGS;
  return analyseFrom(engine, listing, marketplace, t, hits, sellerTags);
}

/** The analysis from a title's tokens and hits and the seller's list tags. */
function analyseFrom(
  engine: Engine,
  listing: Listing,
  marketplace: string | null,
  t: Tokens,
  hits: Hit[],
  sellerTags: number[],
): Analysis {
  // Fast path: nothing names a brand and no list knows the seller, so nothing below can matter.
  if (sellerTags.length === 0 && !namesBrand(hits)) return quiet(listing, marketplace, sellerTags);
  return analyseHits(engine, listing, marketplace, t, hits, sellerTags);
}

/** Any brand or model hit. A plain loop: a closure here costs more than the scan on short titles. */
function namesBrand(hits: Hit[]): boolean {
  const BRAND = K_BRAND,
    MODEL = K_MODEL; // locals: each imported binding read is a getter under the bench's loader
  for (let i = 0; i < hits.length; i++) if (hits[i].kind === BRAND || hits[i].kind === MODEL) return true;
  return false;
}

// Shared empty lists for the analyses with nothing in them (most): frozen, since many share them.
const NO_MENTIONS: Mention[] = Object.freeze([]) as unknown as Mention[];
const NO_NUMBERS: number[] = Object.freeze([]) as unknown as number[];
const NO_TAGS: number[] = NO_NUMBERS;
/** One empty map shared by the analyses that found no unknown model (nothing writes to it after analyse). */
let noModels: Map<number, string> | null = null;

function quiet(listing: Listing, marketplace: string | null, sellerTags: number[]): Analysis {
  return {
    listing,
    marketplace,
    mentions: NO_MENTIONS,
    words: NO_MENTIONS,
    accessory: null,
    used: null,
    merch: null,
    sale: null,
    categories: NO_MENTIONS,
    editions: NO_MENTIONS,
    fieldBrands: NO_NUMBERS,
    unknownModels: (noModels ??= new Map()),
    sellerTags,
    priceBase: null,
    pos: null,
  };
}

function dropInsideMerch(words: Hit[], cues: Hit[], MERCH: number): Hit[] | null {
  const kept = words.filter((w) => !cues.some((c) => c.ref === MERCH && c.start <= w.start && c.end >= w.end));
  return kept.length ? kept : null;
}

/** `src` sliced at the token run's offsets: the words as written. */
function quoteOf(src: string, t: Tokens, h: Hit): string {
  return src.slice(t.start[h.start], t.end[h.end]);
}

function analyseHits(
  engine: Engine,
  listing: Listing,
  marketplace: string | null,
  t: Tokens,
  hits: Hit[],
  sellerTags: number[],
): Analysis {
  // Imported constants as locals: under the bench's loader each imported binding read is a getter call.
  const CUE = K_CUE,
    WORD = K_WORD,
    PART = K_MODEL_PART,
    BRAND = K_BRAND,
    MODEL = K_MODEL,
    MAXT = MAX_TOKENS;
  const ACCESSORY = CUE_ACCESSORY,
    USED = CUE_USED,
    MERCH = CUE_MERCH;
  const CJK = F_CJK,
    NONE = D_NONE;
  // Evidence quotes the title as written when normalising kept the offsets, else the normalised text.
  const src = t.text.length === listing.title.length ? listing.title : t.text;
  let cjk = false;
  for (let k = 0; k < t.n && !cjk; k++) cjk = (t.flags[k] & CJK) !== 0;
  const pos = cjk ? new Float32Array(t.n) : null;
  if (pos) for (let k = 1; k < t.n; k++) pos[k] = pos[k - 1] + (t.flags[k] & CJK && t.flags[k - 1] & CJK ? 0.5 : 1);
  // Lists are made on first use: most titles have one mention and no cue or coded word.
  let cues: Hit[] | null = null;
  const mentions: Mention[] = [];
  let words: WordHit[] | null = null;
  let known: number[] | null = null; // brand * MAXT + token, for tokens that are known model numbers
  let categories: Hit[] | null = null,
    editions: Hit[] | null = null;
  let accessory: string | null = null,
    used: string | null = null,
    merch: string | null = null,
    sale: string | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.kind === CUE) {
      (cues ??= []).push(h);
      if (h.ref === ACCESSORY) accessory ??= quoteOf(src, t, h);
      else if (h.ref === USED) used ??= quoteOf(src, t, h);
      else if (h.ref === MERCH) merch ??= quoteOf(src, t, h);
      else if (h.ref === CUE_SALE) sale ??= quoteOf(src, t, h);
    } else if (h.kind === WORD) {
      if (!isCodedToken(engine, t, src, h)) continue;
      h.matched = quoteOf(src, t, h);
      (words ??= []).push(h);
    } else if (h.kind === K_CATEGORY) (categories ??= []).push(h);
    else if (h.kind === K_EDITION) {
      h.matched = quoteOf(src, t, h);
      (editions ??= []).push(h);
    } else if (h.kind === PART) for (let k = h.start; k <= h.end; k++) (known ??= []).push(h.brand * MAXT + k);
    else if (h.kind === BRAND || h.kind === MODEL) {
      if (h.kind === MODEL) for (let k = h.start; k <= h.end; k++) (known ??= []).push(h.brand * MAXT + k);
      // The hit itself becomes the mention (it was made with the mention's fields).
      h.matched = quoteOf(src, t, h);
      mentions.push(h);
    }
  }
  // "Prop replica", "replica jersey" as one cue: the words name the product type, not a copy.
  if (merch !== null && words !== null && cues !== null) words = dropInsideMerch(words, cues, MERCH);
  if (engine.meta.modelPatterns?.length) patternMentions(engine, t, src, mentions, (known ??= []));
  if (mentions.length > 1) dropEchoedLookalikes(mentions, NONE);
  if (cues !== null) markPassing(mentions, cues, words, pos, src, t);
  if (listing.condition === 'used' || listing.condition === 'refurbished') used ??= listing.condition;

  const unknownModels = unknownModelsAfter(mentions, known, t, src);

  // Last: tokenising the brand field reuses the scratch the title's tokens live in.
  let fieldBrands = NO_NUMBERS;
  if (listing.brand) {
    const bt = tokenise(listing.brand);
    const bh: Hit[] = [];
    scan(engine, bt, bh);
    for (const h of bh)
      if (h.kind === BRAND && h.start === 0 && h.end === bt.n - 1 && !h.disguise)
        (fieldBrands === NO_NUMBERS ? (fieldBrands = []) : fieldBrands).push(h.brand);
  }

  let priceBase: number | null = null;
  if (listing.price && listing.price.amount > 0) {
    const rate = rateOf(engine, listing.price.currency);
    if (rate) priceBase = listing.price.amount * rate;
  }
  return {
    listing,
    marketplace,
    mentions,
    words: words ?? NO_MENTIONS,
    accessory,
    used,
    merch,
    sale,
    categories: categories ?? NO_MENTIONS,
    editions: editions ?? NO_MENTIONS,
    fieldBrands,
    unknownModels: unknownModels ?? (noModels ??= new Map()),
    sellerTags,
    priceBase,
    pos,
  };
}
