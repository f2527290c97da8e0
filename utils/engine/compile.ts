// RulePack -> Engine. Runs once per pack update (in the background, or at build time for the
// bundled pack); the stored result then loads without recompiling.
import type { RulePack } from '../packs/schema';
import { isModelLike } from './mentions';
import { COMMON_WORDS } from './common-words';
import { CUE_WORDS } from './cues';
import {
  B_CATALOGUE,
  K_BRAND,
  K_CATEGORY,
  K_CUE,
  K_EDITION,
  K_MODEL,
  K_MODEL_PART,
  K_WORD,
  M_CATEGORY,
  NO_STRING,
  P_CJK,
  P_COMMON,
  P_DIGIT,
  P_DISGUISE,
  P_SKEL,
  W_NEAR_ONLY,
} from './engine-data';
import type { Engine, EngineArrays } from './engine-data';
import { BASE1, BASE2, SKELETON_SALT } from './hash';
import { buildSellerSet } from './sellers';
import { stringTableBuilder } from './strings';
import { PostingColumns, buildTermTable } from './term-table';
import { keyId, termKey } from './term-key';
import type { TermKey } from './term-key';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isDigit(c) || (c >= 97 && c <= 122);

/**
 * Keys of a model number's leading parts where letters meet digits ("qc" and "eu3000" in "qc45",
 * "eu3000is"), pushed as h1, h2. Written as lower-case letters and digits (nearly all), a part's key
 * is its characters' polynomial hash, taken in one pass; anything else goes through termKey.
 */
function modelPrefixes(joined: string, out: number[]): void {
  let plain = true;
  for (let c = 0; c < joined.length && plain; c++) plain = isAlnum(joined.charCodeAt(c));
  let h1 = 0,
    h2 = 0;
  for (let c = 0; c < joined.length; c++) {
    const code = joined.charCodeAt(c);
    if (c > 0 && isDigit(code) !== isDigit(joined.charCodeAt(c - 1))) {
      if (plain) out.push(h1, h2);
      else {
        const pk = termKey(joined.slice(0, c));
        if (pk) out.push(pk.h1, pk.h2);
      }
    }
    h1 = (Math.imul(h1, BASE1) + code) | 0;
    h2 = (Math.imul(h2, BASE2) + code) | 0;
  }
}

/** Skeleton keys shorter than this would turn ordinary words into brand hits ("b0x" -> "box"). */
const MIN_SKELETON = 4;
/** Terms this short (Latin) are as ambiguous as ordinary words: "LG", "HP", "AAA". */
const MAX_SHORT = 3;

export function compilePack(pack: RulePack): Engine {
  if (pack.brands.length > 0x7fff)
    throw new Error(`Pack has ${pack.brands.length} brands; the engine holds at most 32767`);
  const common = new Set<number>();
  for (const w of COMMON_WORDS) {
    const k = termKey(w);
    if (k) common.add(keyId(k));
  }
  const strings = stringTableBuilder();
  const post = new PostingColumns();
  // Prefix keys by namespace, unsalted: the filter is indexed by the run's own hash.
  const prefixes = { lit: [] as number[], skel: [] as number[] };
  let terms = 0;

  // `where` is built only for the error: a template string per term is measurable at 100k terms.
  const key = (term: string, where: () => string, withJoined = false): TermKey => {
    const k = termKey(term, withJoined);
    if (!k) throw new Error(`Uncompilable pack: ${where()} "${term}" normalises to nothing (no letters or digits)`);
    return k;
  };
  const add = (k: TermKey, kind: number, brand: number, ref: number, extra: number, skeleton: boolean) => {
    let flags = extra | (k.digit ? P_DIGIT : 0) | (k.cjk ? P_CJK : 0);
    if (common.has(keyId(k)) || (!k.cjk && k.len <= MAX_SHORT) || (k.cjk && k.len < 2)) flags |= P_COMMON;
    post.push(k.h1, k.h2, kind, flags, k.tokens, brand, ref);
    const withSkeleton = skeleton && !k.cjk && k.skLen >= MIN_SKELETON;
    if (withSkeleton) post.push(k.s1 ^ SKELETON_SALT, k.s2, kind, flags | P_SKEL, k.tokens, brand, ref);
    // Prefixes along which the scanner may extend a run of tokens.
    for (let i = 0; i < k.boundaries.length; i += 4) {
      prefixes.lit.push(k.boundaries[i], k.boundaries[i + 1]);
      if (withSkeleton) prefixes.skel.push(k.boundaries[i + 2], k.boundaries[i + 3]);
    }
    // Brand names and coded words may be split anywhere ("Sam sung", "B.O.S.E", "A A A"): every
    // character prefix is a place a run may continue.
    if (kind === K_BRAND || kind === K_WORD) {
      for (let c = 1; c < k.joined.length; c++) {
        const pk = termKey(k.joined.slice(0, c));
        if (!pk) continue;
        prefixes.lit.push(pk.h1, pk.h2);
        if (withSkeleton) prefixes.skel.push(pk.s1, pk.s2);
      }
    }
    // Model numbers may be spaced where letters meet digits ("QC 45", "WH 1000 XM5"), which the
    // scanner accepts for them: every such point is a place a run may continue. (Without these, a
    // spaced model number matched only when the filter happened to answer yes wrongly.)
    if (kind === K_MODEL && k.digit) modelPrefixes(k.joined, prefixes.lit);
  };

  // Built-in cues share the table; their brand field is unused.
  for (const [cue, words] of Object.entries(CUE_WORDS)) {
    for (const w of words)
      add(
        key(w, () => 'cue'),
        K_CUE,
        0,
        Number(cue),
        0,
        false,
      );
  }

  const brandId: number[] = [],
    brandName: number[] = [],
    brandFlags: number[] = [];
  const modelBrand: number[] = [],
    modelName: number[] = [],
    modelPriceStart: number[] = [],
    modelPriceCount: number[] = [],
    modelFlags: number[] = [];
  const priceAmount: number[] = [],
    priceCurrency: number[] = [],
    priceKind: number[] = [],
    priceRegion: number[] = [];
  const rates: Record<string, number> = { ...pack.currencies.rates, [pack.currencies.base]: 1 };
  let sellers = 0;
  const modelPatterns: [number, number, string][] = [];

  pack.brands.forEach((b, bi) => {
    brandId.push(strings.add(b.id));
    brandName.push(strings.add(b.name));
    brandFlags.push(b.catalogueComplete ? B_CATALOGUE : 0);
    const where = `brand ${b.id}`;
    const nameKey = key(b.name, () => `${where} name`, true);
    add(nameKey, K_BRAND, bi, 0, 0, true);
    terms++;
    const plain = [nameKey];
    for (const a of b.aliases) {
      const k = key(a, () => `${where} alias`, true);
      add(k, K_BRAND, bi, 1, 0, true), plain.push(k), terms++;
    }
    for (const d of b.disguises) {
      const k = key(d, () => `${where} disguise`, true);
      // A "disguise" that folds to the name or an alias ("Bose ", "B O S E", "Loreal Paris") is the
      // correct spelling: listing it would report every honest title as disguised.
      if (plain.some((p) => p.h1 === k.h1 && p.h2 === k.h2)) continue;
      add(k, K_BRAND, bi, 2, P_DISGUISE, true), terms++;
    }
    // A model, or a category (kept as a model with M_CATEGORY: it has a name and prices the same way).
    const addModel = (
      m: { id: string; name: string; prices: RulePack['brands'][number]['models'][number]['prices'] },
      flags: number,
    ) => {
      const mi = modelBrand.length;
      modelBrand.push(bi);
      modelName.push(strings.push(m.name));
      modelFlags.push(flags);
      modelPriceStart.push(priceAmount.length);
      modelPriceCount.push(Math.min(m.prices.length, 255));
      for (const p of m.prices.slice(0, 255)) {
        const rate = rates[p.currency];
        if (!rate)
          throw new Error(`Uncompilable pack: ${where} model ${m.id} is priced in ${p.currency}, which has no rate`);
        priceAmount.push(p.amount);
        priceCurrency.push(strings.add(p.currency));
        priceKind.push(p.kind === 'floor' ? 1 : 0);
        priceRegion.push(p.region ? strings.add(p.region.toLowerCase()) : NO_STRING);
      }
      return mi;
    };
    for (const c of b.categories ?? []) {
      const ci = addModel(c, M_CATEGORY);
      for (const term of c.terms)
        add(
          key(term, () => `${where} category ${c.id} term`),
          K_CATEGORY,
          bi,
          ci,
          0,
          false,
        );
    }
    for (const e of b.editions ?? [])
      add(
        key(e, () => `${where} edition`),
        K_EDITION,
        bi,
        0,
        0,
        false,
      );
    for (const m of b.models) {
      const mi = addModel(m, 0);
      for (const source of m.patterns ?? []) modelPatterns.push([bi, mi, source]);
      for (const term of [m.name, ...m.terms]) {
        const k = key(term, () => `${where} model ${m.id} term`, true);
        add(k, K_MODEL, bi, mi, 0, false);
        terms++;
        // Each model-like word (letters and digits, as the catalogue check sees them) is a known
        // model number. Plain numbers ("45" in "QuietComfort 45") are never checked, so never stored.
        if (b.catalogueComplete && k.digit) {
          for (const part of k.tokens > 1 ? [...term.split(/[\s/,;]+/), term] : [term]) {
            const pk = termKey(part);
            if (pk?.digit && isModelLike(part.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')))
              add(pk, K_MODEL_PART, bi, mi, 0, false);
          }
        }
      }
    }
    sellers += b.authorisedSellers.length + b.blockedSellers.length;
  });

  const wordTerm: number[] = [],
    wordLang: number[] = [],
    wordWeight: number[] = [],
    wordFlags: number[] = [];
  for (const [lang, list] of Object.entries(pack.wording)) {
    for (const w of list) {
      const k = key(w.term, () => `coded wording (${lang})`, true);
      const wi = wordTerm.length;
      wordTerm.push(strings.add(w.term));
      wordLang.push(strings.add(lang));
      wordWeight.push(Math.round(w.weight));
      wordFlags.push(w.nearBrandOnly ? W_NEAR_ONLY : 0);
      add(k, K_WORD, 0, wi, 0, k.len >= 5 && !k.digit);
      terms++;
    }
  }

  const { bytes, offsets } = strings.finish();
  const { nameMarkets, ...sellerArrays } = buildSellerSet(pack.brands);
  const a: EngineArrays = {
    ...buildTermTable(post, prefixes, P_SKEL, SKELETON_SALT),
    brandId: Uint32Array.from(brandId),
    brandName: Uint32Array.from(brandName),
    brandFlags: Uint8Array.from(brandFlags),
    modelBrand: Uint16Array.from(modelBrand),
    modelName: Uint32Array.from(modelName),
    modelPriceStart: Uint32Array.from(modelPriceStart),
    modelPriceCount: Uint8Array.from(modelPriceCount),
    modelFlags: Uint8Array.from(modelFlags),
    priceAmount: Float64Array.from(priceAmount),
    priceCurrency: Uint32Array.from(priceCurrency),
    priceKind: Uint8Array.from(priceKind),
    priceRegion: Uint32Array.from(priceRegion),
    wordTerm: Uint32Array.from(wordTerm),
    wordLang: Uint32Array.from(wordLang),
    wordWeight: Uint8Array.from(wordWeight),
    wordFlags: Uint8Array.from(wordFlags),
    strBytes: bytes,
    strOff: offsets,
    ...sellerArrays,
  };
  return {
    meta: {
      packId: pack.id,
      packVersion: pack.version,
      watch: pack.thresholds.watch,
      suspect: pack.thresholds.suspect,
      baseCurrency: pack.currencies.base,
      rates,
      brands: pack.brands.length,
      models: modelBrand.length,
      terms,
      sellers,
      nameMarkets,
      modelPatterns,
    },
    a,
    strCache: [],
    brandNames: null,
    brandIds: null,
    patterns: null,
  };
}
