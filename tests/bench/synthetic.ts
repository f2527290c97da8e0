// Deterministic synthetic data at alliance scale: a pack with 1,000 brands, their model numbers,
// disguises and a million seller ids, and realistic marketplace titles that mention them (or not).
import type { RulePack } from '../../utils/packs/schema';
import type { Listing } from '../../utils/types';

/** mulberry32: small, fast, seedable; the same seed gives the same pack and titles everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'bel',
  'qui',
  'zan',
  'dor',
  'fa',
  'nex',
  'sol',
  'tri',
  'um',
  'vo',
  'gra',
  'pel',
  'xi',
  'ost',
];
const NOUNS = [
  'headphones',
  'earbuds',
  'speaker',
  'jacket',
  'parka',
  'sneakers',
  'watch',
  'handbag',
  'wallet',
  'sunglasses',
  'perfume',
  'lipstick',
  'serum',
  'charger',
  'phone',
  'tablet',
  'generator',
  'drill',
  'blender',
  'toy',
  'figure',
  'board game',
];
const ADJ = [
  'wireless',
  'bluetooth',
  'noise cancelling',
  'waterproof',
  'mens',
  'womens',
  'kids',
  'portable',
  'premium',
  'new',
  '2024',
  'original',
  'black',
  'white',
  'large',
  'slim',
  'fast shipping',
  'free shipping',
  'gift',
  'hot sale',
  'for men',
  'xl',
];
const CODED = [
  'replica',
  '1:1',
  'AAA quality',
  'mirror quality',
  'high copy',
  'dupe',
  'inspired by',
  '高仿',
  'réplica',
  'primeira linha',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

export interface Synthetic {
  pack: RulePack;
  listings: Listing[];
  /** Marketplace key each listing was "seen" on (seller ids are per marketplace). */
  marketplaces: string[];
  terms: number;
  sellers: number;
}

export function synthesise(opts: {
  brands: number;
  terms: number;
  sellers: number;
  listings: number;
  seed?: number;
}): Synthetic {
  const r = prng(opts.seed ?? 42);
  const usedNames = new Set<string>();
  const anyWord = (min: number, max: number) => {
    let w = '';
    const n = min + Math.floor(r() * (max - min + 1));
    for (let i = 0; i < n; i++) w += pick(r, SYL);
    return w;
  };
  // Brand names are unique; model names and alias suffixes may repeat across brands, as they do.
  const word = (min: number, max: number) => {
    for (;;) {
      const w = anyWord(min, max);
      if (!usedNames.has(w)) {
        usedNames.add(w);
        return w;
      }
    }
  };
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  // Terms per brand: name + 2 aliases + 2 disguises, the rest model names and model numbers.
  const perBrand = Math.max(8, Math.ceil(opts.terms / opts.brands) + 1);
  const modelsPerBrand = Math.max(1, Math.floor((perBrand - 5) / 2));
  const sellersPerBrand = Math.floor(opts.sellers / opts.brands);
  let terms = 0;
  let sellerSeq = 0;
  const brands = [];
  for (let b = 0; b < opts.brands; b++) {
    const name = cap(word(3, 4));
    const models = [];
    for (let m = 0; m < modelsPerBrand; m++) {
      // Model numbers look like "QC45", "EU2200i", "WH-1000XM5": letters, digits, an optional suffix.
      const letters = String.fromCharCode(65 + Math.floor(r() * 26), 65 + Math.floor(r() * 26));
      const code = `${letters}${r() < 0.3 ? '-' : ''}${100 + Math.floor(r() * 9900)}${pick(r, ['', 'X', 'S', 'i', 'Pro', 'XM5'])}`;
      models.push({
        id: `m${m}`,
        name: `${cap(anyWord(2, 3))} ${1 + Math.floor(r() * 99)}`,
        terms: [code],
        category: pick(r, NOUNS),
        prices: [{ amount: Math.round(20 + r() * 900), currency: 'USD', kind: 'msrp' as const }],
      });
    }
    terms += 5 + models.length * 2;
    const sellers = (blocked: boolean, n: number) =>
      Array.from({ length: n }, () => ({
        marketplace: pick(r, ['amazon', 'ebay', 'aliexpress']),
        id: `S${(sellerSeq++).toString(36)}${blocked ? 'b' : 'a'}`,
      }));
    brands.push({
      id: `brand-${b}`,
      name,
      aliases: [`${name} ${cap(anyWord(1, 2))}`, `${name}${pick(r, ['Official', 'Store', 'Co'])}`],
      disguises: [`${name.replace(/o/i, '0').replace(/[aeiu]/, 'x')}e`, name + name.slice(-1)],
      models,
      catalogueComplete: r() < 0.3,
      authorisedSellers: sellers(false, Math.floor(sellersPerBrand / 10)),
      blockedSellers: sellers(true, sellersPerBrand - Math.floor(sellersPerBrand / 10)),
      rights: [],
      contacts: { rightsHolder: `${name} Inc.`, endpoints: [] },
    });
  }
  const pack = {
    format: 'listing-lens/rule-pack',
    formatVersion: 1,
    id: 'bench.synthetic',
    name: 'Synthetic alliance pack',
    publisher: { name: 'bench', contact: 'bench@example.org', keyId: '0011223344556677' },
    version: 1,
    issuedAt: '2026-01-01T00:00:00Z',
    expiresAt: '2027-01-01T00:00:00Z',
    currencies: { base: 'USD', rates: { EUR: 1.08, CNY: 0.14, BRL: 0.2 }, asOf: '2026-01-01' },
    wording: { en: CODED.map((term, i) => ({ term, weight: 40 + (i % 4) * 10, nearBrandOnly: i % 5 === 4 })) },
    brands,
    marketplaces: {},
    thresholds: { watch: 35, suspect: 70 },
  } as unknown as RulePack;
  terms += CODED.length;

  const listings: Listing[] = [];
  const marketplaces: string[] = [];
  for (let i = 0; i < opts.listings; i++) {
    const parts: string[] = [];
    const kind = r();
    const brand = brands[Math.floor(r() * brands.length)];
    const model = brand.models[Math.floor(r() * brand.models.length)];
    for (let k = 0; k < 2 + Math.floor(r() * 4); k++) parts.push(pick(r, ADJ));
    if (kind < 0.5) parts.splice(Math.floor(r() * parts.length), 0, r() < 0.15 ? brand.disguises[0] : brand.name);
    if (kind < 0.5 && r() < 0.6) parts.push(r() < 0.5 ? model.terms[0] : model.name);
    if (kind < 0.15) parts.splice(Math.floor(r() * parts.length), 0, pick(r, CODED));
    if (kind >= 0.5 && kind < 0.6) parts.unshift(`case for ${brand.name}`);
    parts.push(pick(r, NOUNS));
    for (let k = 0; k < Math.floor(r() * 4); k++) parts.push(pick(r, ADJ));
    const seller = r() < 0.1 ? pick(r, brand.blockedSellers) : null;
    marketplaces.push(seller ? seller.marketplace : pick(r, ['amazon', 'ebay', 'aliexpress']));
    listings.push({
      title: parts.join(' '),
      listingId: `L${i}`,
      url: null,
      image: null,
      brand: null,
      sponsored: null,
      price: { amount: Math.round(5 + r() * 500), currency: pick(r, ['USD', 'USD', 'EUR', 'CNY']) },
      seller: seller ? { id: seller.id, name: null, url: null } : { id: `x${i}`, name: `shop ${i % 97}`, url: null },
      condition: r() < 0.1 ? 'used' : 'new',
    });
  }
  return { pack, listings, marketplaces, terms, sellers: sellerSeq };
}
