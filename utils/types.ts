// Shared shapes that cross module boundaries: adapters produce Listings, the engine
// turns them into Verdicts, the background and popup pass both around.

export type PageKind = 'product' | 'search' | 'unknown';
export type Condition = 'new' | 'used' | 'refurbished';
export type Level = 'ok' | 'watch' | 'suspect';

export interface Price {
  /** Decimal amount in the currency's major unit (12.99, not 1299). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** True when the page showed a range or a "from" price and this is its lower bound. */
  range?: boolean;
}

export interface Seller {
  name: string | null;
  id: string | null;
  url: string | null;
}

export interface Listing {
  title: string;
  price: Price | null;
  seller: Seller | null;
  brand: string | null;
  /** The marketplace's stable id for this listing (ASIN, eBay item id, offer id...). */
  listingId: string;
  /** Canonical listing URL, tracking parameters removed. */
  url: string | null;
  image: string | null;
  condition: Condition | null;
  sponsored: boolean | null;
}

/** What an adapter returns for one page. */
export interface Extraction {
  adapter: string;
  page: PageKind;
  listings: Listing[];
  /**
   * Mandatory fields the adapter expected but could not find (e.g. "title" on a product
   * page). Non-empty means the listing could not be read; the popup says which field.
   */
  missing: string[];
}

type Signal =
  | 'brand'
  | 'coded-wording'
  | 'price'
  | 'price-outlier'
  | 'seller-blocked'
  | 'seller-authorised'
  | 'model-unknown'
  | 'model';

export interface Reason {
  signal: Signal;
  /** Contribution to the score; negative for suppressing reasons. */
  weight: number;
  /** Plain-language sentence shown to the user. */
  message: string;
  /** The evidence: matched words, price and reference, seller list hit... */
  evidence: Record<string, string | number | boolean | null>;
}

export interface Verdict {
  listingId: string;
  level: Level;
  /** 0-100. */
  score: number;
  reasons: Reason[];
  /** Brand id from the pack the verdict is about, if any. */
  brandId?: string | null;
}
