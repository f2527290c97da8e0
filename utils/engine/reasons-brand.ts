// Reasons about who the listing names and who sells it.
import type { Reason } from '../types';
import type { Analysis, Mention } from './analyse';
import { needsContext } from './context';
import { WEIGHTS as W } from './weights';
import { B_CATALOGUE, K_BRAND, K_MODEL, P_COMMON } from './engine-data';
import type { Engine } from './engine-data';
import { D_LISTED, D_LOOKALIKE, D_SPLIT } from './match';
import { brandNameOf, str } from './strings';

export const brandName = (engine: Engine, b: number) => brandNameOf(engine, b);
export const modelName = (engine: Engine, m: number) => str(engine, engine.a.modelName[m]);

const TRICKS: Record<number, string> = {
  [D_LOOKALIKE]: 'look-alike characters or doubled letters',
  [D_LISTED]: 'a known misspelling',
  [D_SPLIT]: 'spacing or punctuation inside the name',
};

/**
 * Appends the brand and model reasons for brand `b` to `out`; true when a brand name was disguised.
 * (One pass over the mentions and no intermediate lists: this runs for nearly every judged listing.)
 */
export function brandReasons(
  engine: Engine,
  context: boolean,
  b: number,
  mentions: Mention[],
  strong: boolean,
  out: Reason[],
): boolean {
  const name = brandName(engine, b);
  const BRAND = K_BRAND,
    MODEL = K_MODEL,
    COMMON = P_COMMON;
  let firstBrand: Mention | null = null,
    plain: Mention | null = null,
    disguised: Mention | null = null;
  let firstModel: Mention | null = null,
    namedModel: Mention | null = null;
  let passing: Mention | null = null,
    claimed: Mention | null = null;
  // "SAMSUNG GAIAXY": a look-alike of an alias beside the brand's own name, written plainly, hides nothing.
  let plainName = false;
  for (let i = 0; i < mentions.length && !plainName; i++)
    plainName = mentions[i].kind === BRAND && mentions[i].ref === 0 && !mentions[i].disguise;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind === BRAND) {
      firstBrand ??= m;
      // Without the brand's context an ordinary word equal to a disguise is only a name.
      if (!m.disguise || (!context && needsContext(m)) || (plainName && m.ref === 1 && m.disguise === D_LOOKALIKE))
        plain ??= m;
      else disguised ??= m;
    } else if (m.kind === MODEL) {
      firstModel ??= m;
      // The longest distinctive model named: "Galaxy S24 Ultra" over the "Galaxy S24" inside it.
      if (!(m.flags & COMMON) && (!namedModel || m.end - m.start > namedModel.end - namedModel.start)) namedModel = m;
    }
    if (m.passing) passing ??= m;
    else claimed ??= m;
  }
  if (!strong && passing && !claimed) {
    out.push({
      signal: 'brand',
      weight: 0,
      message: `"${passing.matched}" is named only as what the item fits ("${passing.cue}"), so it is not treated as a ${name} product`,
      evidence: { brand: name, matched: passing.matched, cue: passing.cue, inPassing: true },
    });
    return false;
  }
  if (!strong) {
    const m = claimed ?? mentions[0];
    out.push({
      signal: 'brand',
      weight: 0,
      message: `"${m.matched}" is also an ordinary word, and nothing else in the title ties it to ${name}`,
      evidence: { brand: name, matched: m.matched, ambiguous: true },
    });
    return false;
  }
  if (firstBrand) {
    const m = plain ?? firstBrand;
    out.push({
      signal: 'brand',
      weight: W.brand,
      message: `Title names "${name}"`,
      evidence: { brand: name, matched: m.matched },
    });
  }
  if (disguised) {
    out.push({
      signal: 'brand',
      weight: W.disguise,
      message: `Title writes "${disguised.matched}", a disguised spelling of "${name}" (${TRICKS[disguised.disguise]})`,
      evidence: { brand: name, matched: disguised.matched, disguised: true, trick: TRICKS[disguised.disguise] },
    });
  }
  if (firstModel) {
    const m = namedModel ?? firstModel;
    const model = modelName(engine, m.ref);
    out.push({
      signal: 'model',
      weight: firstBrand ? W.model : W.modelOnly,
      message: firstBrand
        ? `Title names the ${name} model "${model}" ("${m.matched}")`
        : `Title names the ${name} model "${model}" ("${m.matched}") without the brand name`,
      evidence: { brand: name, model, matched: m.matched },
    });
  }
  return disguised !== null;
}

export function unknownModelReason(engine: Engine, an: Analysis, b: number): Reason | null {
  const word = an.unknownModels.get(b);
  if (!word || !(engine.a.brandFlags[b] & B_CATALOGUE)) return null;
  const name = brandName(engine, b);
  return {
    signal: 'model-unknown',
    weight: W.modelUnknown,
    message: `"${word}" is not a model in ${name}'s catalogue`,
    evidence: { brand: name, matched: word },
  };
}

export function sellerReasons(
  engine: Engine,
  an: Analysis,
  b: number,
  blocked: boolean,
  authorised: boolean,
): Reason[] {
  if (!blocked && !authorised) return []; // most listings: build no names or evidence for nothing
  const name = brandName(engine, b);
  const s = an.listing.seller;
  const who = s?.name ?? s?.id ?? 'this seller';
  const sellerId = s?.id ?? null,
    marketplace = an.marketplace;
  // Explicit evidence objects, not a spread of a shared one: V8's generic object spread costs microseconds.
  const out: Reason[] = [];
  if (blocked) {
    out.push({
      signal: 'seller-blocked',
      weight: W.blocked,
      message: `Seller "${who}" is on ${name}'s blocked-seller list`,
      evidence: { brand: name, seller: who, sellerId, marketplace, list: 'blocked' },
    });
  }
  if (authorised) {
    out.push({
      signal: 'seller-authorised',
      weight: 0,
      message: blocked
        ? `Seller "${who}" is on both ${name}'s authorised and blocked lists, so the listing is not marked suspect`
        : `Seller "${who}" is on ${name}'s authorised list, so the listing is not flagged`,
      evidence: { brand: name, seller: who, sellerId, marketplace, list: 'authorised' },
    });
  }
  return out;
}
