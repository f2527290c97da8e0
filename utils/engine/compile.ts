// RulePack -> Engine. Runs once per pack update (in the background, or at build time for the
// bundled pack); the stored result then loads without recompiling.
import type { RulePack } from '../packs/schema';
import { COMMON_WORDS } from './common-words';
import { CUE_WORDS } from './cues';
import {
  B_CATALOGUE, K_BRAND, K_CUE, K_MODEL, K_MODEL_PART, K_WORD, NO_STRING,
  P_CJK, P_COMMON, P_DIGIT, P_DISGUISE, P_SKEL, W_NEAR_ONLY,
} from './engine-data';
import type { Engine, EngineArrays } from './engine-data';
import { SKELETON_SALT } from './hash';
import { buildSellerSet } from './sellers';
import type { SellerEntry } from './sellers';
import { stringTableBuilder } from './strings';
import { buildTermTable } from './term-table';
import type { Posting } from './term-table';
import { termKey } from './term-key';
import type { TermKey } from './term-key';

/** Skeleton keys shorter than this would turn ordinary words into brand hits ("b0x" -> "box"). */
const MIN_SKELETON = 4;
/** Terms this short (Latin) are as ambiguous as ordinary words: "LG", "HP", "AAA". */
const MAX_SHORT = 3;

export function compilePack(pack: RulePack): Engine {
  if (pack.brands.length > 0x7fff) throw new Error(`Pack has ${pack.brands.length} brands; the engine holds at most 32767`);
  const common = new Set(COMMON_WORDS.map((w) => termKey(w)?.compact));
  const strings = stringTableBuilder();
  const postings: Posting[] = [];
  let terms = 0;

  const key = (term: string, where: string): TermKey => {
    const k = termKey(term);
    if (!k) throw new Error(`Uncompilable pack: ${where} "${term}" normalises to nothing (no letters or digits)`);
    return k;
  };
  const add = (k: TermKey, kind: number, brand: number, ref: number, extra: number, skeleton: boolean) => {
    let flags = extra | (k.digit ? P_DIGIT : 0) | (k.cjk ? P_CJK : 0);
    if (common.has(k.compact) || (!k.cjk && k.len <= MAX_SHORT) || (k.cjk && k.len < 2)) flags |= P_COMMON;
    postings.push({ h1: k.h1, h2: k.h2, kind, flags, tokens: k.tokens, brand, ref });
    if (skeleton && !k.cjk && k.skLen >= MIN_SKELETON) {
      postings.push({ h1: k.s1 ^ SKELETON_SALT, h2: k.s2, kind, flags: flags | P_SKEL, tokens: k.tokens, brand, ref });
    }
  };

  // Built-in cues share the table; their brand field is unused.
  for (const [cue, words] of Object.entries(CUE_WORDS)) {
    for (const w of words) add(key(w, 'cue'), K_CUE, 0, Number(cue), 0, false);
  }

  const brandId: number[] = [], brandName: number[] = [], brandFlags: number[] = [];
  const modelBrand: number[] = [], modelName: number[] = [], modelPriceStart: number[] = [], modelPriceCount: number[] = [];
  const priceBase: number[] = [], priceAmount: number[] = [], priceCurrency: number[] = [], priceKind: number[] = [], priceRegion: number[] = [];
  const rates: Record<string, number> = { ...pack.currencies.rates, [pack.currencies.base]: 1 };
  let sellers = 0;

  pack.brands.forEach((b, bi) => {
    brandId.push(strings.add(b.id));
    brandName.push(strings.add(b.name));
    brandFlags.push(b.catalogueComplete ? B_CATALOGUE : 0);
    const where = `brand ${b.id}`;
    add(key(b.name, `${where} name`), K_BRAND, bi, 0, 0, true);
    terms++;
    for (const a of b.aliases) (add(key(a, `${where} alias`), K_BRAND, bi, 1, 0, true), terms++);
    for (const d of b.disguises) (add(key(d, `${where} disguise`), K_BRAND, bi, 2, P_DISGUISE, true), terms++);
    for (const m of b.models) {
      const mi = modelBrand.length;
      modelBrand.push(bi);
      modelName.push(strings.add(m.name));
      modelPriceStart.push(priceBase.length);
      modelPriceCount.push(Math.min(m.prices.length, 255));
      for (const p of m.prices.slice(0, 255)) {
        const rate = rates[p.currency];
        if (!rate) throw new Error(`Uncompilable pack: ${where} model ${m.id} is priced in ${p.currency}, which has no rate`);
        priceBase.push(p.amount * rate);
        priceAmount.push(p.amount);
        priceCurrency.push(strings.add(p.currency));
        priceKind.push(p.kind === 'floor' ? 1 : 0);
        priceRegion.push(p.region ? strings.add(p.region.toLowerCase()) : NO_STRING);
      }
      for (const term of [m.name, ...m.terms]) {
        const k = key(term, `${where} model ${m.id} term`);
        add(k, K_MODEL, bi, mi, 0, false);
        terms++;
        // Each token that carries a digit is a known model number, for the catalogue check.
        if (b.catalogueComplete && k.tokens > 1) {
          for (const part of term.split(/[\s/,;]+/)) {
            const pk = termKey(part);
            if (pk?.digit) add(pk, K_MODEL_PART, bi, mi, 0, false);
          }
        }
        if (b.catalogueComplete && k.digit) add(k, K_MODEL_PART, bi, mi, 0, false);
      }
    }
    sellers += b.authorisedSellers.length + b.blockedSellers.length;
  });

  const wordTerm: number[] = [], wordLang: number[] = [], wordWeight: number[] = [], wordFlags: number[] = [];
  for (const [lang, list] of Object.entries(pack.wording)) {
    for (const w of list) {
      const k = key(w.term, `coded wording (${lang})`);
      const wi = wordTerm.length;
      wordTerm.push(strings.add(w.term));
      wordLang.push(strings.add(lang));
      wordWeight.push(Math.round(w.weight));
      wordFlags.push(w.nearBrandOnly ? W_NEAR_ONLY : 0);
      add(k, K_WORD, 0, wi, 0, k.len >= 5 && !k.digit);
      terms++;
    }
  }

  function* sellerEntries(): Generator<SellerEntry> {
    for (let bi = 0; bi < pack.brands.length; bi++) {
      const b = pack.brands[bi];
      for (const s of b.authorisedSellers) yield { marketplace: s.marketplace, id: s.id, name: s.name, brand: bi, blocked: false };
      for (const s of b.blockedSellers) yield { marketplace: s.marketplace, id: s.id, name: s.name, brand: bi, blocked: true };
    }
  }

  const { bytes, offsets } = strings.finish();
  const a: EngineArrays = {
    ...buildTermTable(postings),
    brandId: Uint32Array.from(brandId), brandName: Uint32Array.from(brandName), brandFlags: Uint8Array.from(brandFlags),
    modelBrand: Uint16Array.from(modelBrand), modelName: Uint32Array.from(modelName),
    modelPriceStart: Uint32Array.from(modelPriceStart), modelPriceCount: Uint8Array.from(modelPriceCount),
    priceBase: Float64Array.from(priceBase), priceAmount: Float64Array.from(priceAmount),
    priceCurrency: Uint32Array.from(priceCurrency), priceKind: Uint8Array.from(priceKind), priceRegion: Uint32Array.from(priceRegion),
    wordTerm: Uint32Array.from(wordTerm), wordLang: Uint32Array.from(wordLang),
    wordWeight: Uint8Array.from(wordWeight), wordFlags: Uint8Array.from(wordFlags),
    strBytes: bytes, strOff: offsets,
    ...buildSellerSet(sellerEntries(), sellers),
  };
  return {
    meta: {
      packId: pack.id, packVersion: pack.version,
      watch: pack.thresholds.watch, suspect: pack.thresholds.suspect,
      baseCurrency: pack.currencies.base, rates,
      brands: pack.brands.length, models: modelBrand.length, terms, sellers,
    },
    a,
    strCache: new Map(),
  };
}
