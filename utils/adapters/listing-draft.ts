// The partial listing every structured-data reader returns. Adapters merge drafts from
// several sources (JSON-LD, microdata, meta tags, page state, DOM) into one Listing.
import type { Condition, Listing, Price, Seller } from '../types';

type DraftSource = 'json-ld' | 'microdata' | 'rdfa' | 'meta' | 'shopify' | 'state' | 'dom';

export interface ListingDraft {
  source: DraftSource;
  title?: string | null;
  price?: Price | null;
  seller?: Seller | null;
  brand?: string | null;
  listingId?: string | null;
  url?: string | null;
  image?: string | null;
  condition?: Condition | null;
  sponsored?: boolean | null;
  /** Other identifiers the page gives, for adapters that prefer one of them as listing id. */
  sku?: string | null;
  productId?: string | null;
  gtin?: string | null;
  mpn?: string | null;
  /** False when the offer is out of stock / sold out / discontinued. */
  available?: boolean | null;
}

type Field = Exclude<keyof ListingDraft, 'source'>;
const FIELDS: Field[] = [
  'title',
  'price',
  'seller',
  'brand',
  'listingId',
  'url',
  'image',
  'condition',
  'sponsored',
  'sku',
  'productId',
  'gtin',
  'mpn',
  'available',
];

/** Field by field, the first draft that has a value wins (pass drafts most trusted first). */
export function mergeDrafts(...drafts: (ListingDraft | null | undefined)[]): ListingDraft {
  const out: ListingDraft = { source: drafts.find(Boolean)?.source ?? 'dom' };
  for (const d of drafts) {
    if (!d) continue;
    for (const f of FIELDS) {
      const v = d[f];
      if (out[f] == null && v != null && v !== '') (out as unknown as Record<string, unknown>)[f] = v;
    }
  }
  return out;
}

/** A Listing from a draft: absent optional fields become null. */
export function toListing(d: ListingDraft): Listing {
  return {
    title: d.title ?? '',
    price: d.price ?? null,
    seller: d.seller && (d.seller.name || d.seller.id) ? d.seller : null,
    brand: d.brand ?? null,
    listingId: d.listingId ?? '',
    url: d.url ?? null,
    image: d.image ?? null,
    condition: d.condition ?? null,
    sponsored: d.sponsored ?? null,
  };
}

/** schema.org itemCondition (URL or bare name, any case) to our three values. */
export function conditionFrom(value: unknown): Condition | null {
  if (typeof value !== 'string') return null;
  const v = value.toLowerCase();
  if (/refurb|renewed|reconditioned|generalüberholt|reacondicionado|ricondizionato|reconditionné/.test(v))
    return 'refurbished';
  if (/used|damaged|pre-?owned|gebraucht|usato|usado|occasion|seminuevo|中古|二手/.test(v)) return 'used';
  if (/new|neu|nuevo|nuovo|neuf|novo|新品|全新/.test(v)) return 'new';
  return null;
}
