// One entry point to every structured-data reader, so adapters read structured data first
// and fall back to the DOM. Readers live in their own modules; this file picks the page's
// own product out of the drafts they return (pages also describe related products).
import { clean, meta, text } from './dom';
import { jsonLdProducts } from './json-ld';
import type { ListingDraft } from './listing-draft';
import { microdataProducts, rdfaProducts } from './microdata';
import { metaProduct, shopifyProduct } from './page-state';
import type { PriceContext } from './price-parse';

export { jsonLdProducts } from './json-ld';
export { microdataProducts } from './microdata';
export {
  balancedJson,
  embeddedStates,
  metaProduct,
} from './page-state';
export type { ListingDraft } from './listing-draft';

export interface StructuredData {
  jsonLd: ListingDraft[];
  microdata: ListingDraft[];
  rdfa: ListingDraft[];
  meta: ListingDraft | null;
  shopify: ListingDraft | null;
}

export function readStructuredData(doc: Document, base: URL, ctx: PriceContext = {}): StructuredData {
  return {
    jsonLd: jsonLdProducts(doc, base, ctx),
    microdata: microdataProducts(doc, base, ctx),
    rdfa: rdfaProducts(doc, base, ctx),
    meta: metaProduct(doc, base, ctx),
    shopify: shopifyProduct(doc, base, ctx),
  };
}

const norm = (s: string | null | undefined) =>
  clean(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const path = (u: string | null | undefined) => {
  try {
    return u ? new URL(u).pathname.replace(/\/+$/, '') : '';
  } catch {
    return '';
  }
};

/**
 * How likely a draft describes the page's own product rather than a recommendation: same URL,
 * same name as the page heading or og:title, an id that appears in the page URL.
 */
export function mainScore(d: ListingDraft, doc: Document, pageUrl: URL): number {
  let score = 0;
  const heading = norm(text(doc, 'h1'));
  const og = norm(meta(doc, 'og:title') ?? doc.title);
  const name = norm(d.title);
  if (name && (name === heading || heading?.includes(name) || (name.length > 8 && og.includes(name)))) score += 4;
  if (d.url && path(d.url) === pageUrl.pathname.replace(/\/+$/, '')) score += 3;
  const href = decodeURIComponent(pageUrl.href);
  for (const id of [d.listingId, d.sku, d.productId, d.gtin, d.mpn]) {
    if (id && id.length >= 4 && href.includes(id)) {
      score += 3;
      break;
    }
  }
  if (d.price) score += 1;
  return score;
}

/** The draft that best matches the page's own product (first one wins ties: page order). */
export function pickMain(drafts: ListingDraft[], doc: Document, pageUrl: URL): ListingDraft | null {
  let best: ListingDraft | null = null;
  let bestScore = -1;
  for (const d of drafts) {
    const s = mainScore(d, doc, pageUrl);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return best;
}
