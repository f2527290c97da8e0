// The fallback for any shop without a dedicated adapter: structured data first (JSON-LD,
// microdata, RDFa, Shopify, meta tags, embedded state), then a few DOM conventions.
import type { Extraction } from '../types';
import type { Adapter } from './types';
import { canonicalUrl, clean, meta, optional, textOf } from './dom';
import { mergeDrafts, toListing, type ListingDraft } from './listing-draft';
import { parsePrice, siteContext, type PriceContext } from './price-parse';
import { mainScore, pickMain, readStructuredData, type StructuredData } from './structured-data';
import { readResultCards } from './card-reader';
import { cardPrice, priceAfter } from './card-fields';
import { looksLikeResults } from './listing-links';
import { idFromUrl, idInUrl } from './url-id';
import { stateDraft } from './generic-state';
import { domSeller } from './generic-seller';
import { labelledBrand, labelledSeller, productHeading, tidyTitle } from './page-labels';
import { checkedProduct } from './mandatory';

/** The page's own canonical URL (link rel=canonical, og:url), else the address it was read at. */
function pageCanonical(doc: Document, url: URL): string | null {
  const link = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return canonicalUrl(link ?? meta(doc, 'og:url') ?? url.href, url);
}

const PRICE = ['[itemprop="price"]', '[data-testid*="price" i]', '.price-current', '.product-price', '.price'];

const priceIn = (el: Element | null, ctx: PriceContext) =>
  el ? (cardPrice(el, ctx) ?? parsePrice(textOf(el), ctx)) : null;

function domDraft(doc: Document, ctx: PriceContext): ListingDraft {
  const h1 = optional(doc, ['h1[itemprop="name"]', 'h1']);
  return {
    source: 'dom',
    title: (h1 && productHeading(doc)) || clean(doc.title) || null,
    // Read as a card's price is: the block a shop names "price" often holds the saving and the former
    // price too ("$59.99 Save $10 Was $69.99"), and its visible copy may be hidden from screen readers.
    price: priceIn(optional(doc, PRICE), ctx),
  };
}

/** Several distinct products and none that is the page's own: a results or category page. */
function resultsOf(drafts: ListingDraft[], doc: Document, url: URL): ListingDraft[] | null {
  const withUrl = drafts.filter((d) => d.url && d.title);
  const distinct = new Set(withUrl.map((d) => d.url));
  if (distinct.size < 3 || drafts.some((d) => mainScore(d, doc, url) >= 6)) return null;
  const seen = new Set<string>();
  return withUrl.filter((d) => !seen.has(d.url!) && seen.add(d.url!));
}

/** Three or more cards of one shape make a results page; two are a "compare with" strip. */
const MIN_CARDS = 3;

export function extractGeneric(doc: Document, url: URL, adapterId = 'generic'): Extraction {
  const ctx = siteContext(url);
  const sd = readStructuredData(doc, url, ctx);
  const drafts = [...sd.jsonLd, ...sd.microdata, ...sd.rdfa];
  const results = resultsOf(drafts, doc, url);
  // A product page's own listing comes first: its recommendation rows also look like cards.
  const product = results || looksLikeResults(url) ? null : productOf(doc, url, ctx, sd, drafts);
  if (product) return { adapter: adapterId, ...product };
  const cards = readResultCards(doc, url, { ctx }).filter((l) => l.listingId !== idFromUrl(url));
  if (cards.length >= MIN_CARDS && cards.length >= 0.8 * (results?.length ?? 0))
    return { adapter: adapterId, page: 'search', listings: cards, missing: [] };
  if (results) {
    const listings = results.map((d) =>
      toListing({
        ...d,
        listingId: d.listingId ?? idFromUrl(new URL(d.url!)) ?? d.sku ?? d.url,
        url: canonicalUrl(d.url, url),
      }),
    );
    return { adapter: adapterId, page: 'search', listings, missing: [] };
  }
  const fallback = productOf(doc, url, ctx, sd, drafts);
  return fallback
    ? { adapter: adapterId, ...fallback }
    : { adapter: adapterId, page: 'unknown', listings: [], missing: [] };
}

function productOf(
  doc: Document,
  url: URL,
  ctx: PriceContext,
  sd: StructuredData,
  drafts: ListingDraft[],
): Omit<Extraction, 'adapter'> | null {
  const main = pickMain(drafts, doc, url);
  // Other sources describing the same product fill the main draft's gaps.
  const agreeing = drafts.filter((d) => d !== main && d.source !== main?.source && mainScore(d, doc, url) >= 4);
  const state = stateDraft(doc, url, ctx);
  const dom = domDraft(doc, ctx);
  // og:title usually carries the shop's name ("Kettle | Shop"); the page heading it contains does not.
  const meta = sd.meta && dom.title && sd.meta.title?.includes(dom.title) ? { ...sd.meta, title: dom.title } : sd.meta;
  const merged = mergeDrafts(sd.shopify && { ...sd.shopify, listingId: null }, main, ...agreeing, meta, state, dom);
  // Shopify's vendor is the brand field the theme's microdata often pollutes with labels.
  if (sd.shopify?.brand) merged.brand = sd.shopify.brand;
  const ids = [merged.listingId, merged.sku, merged.productId, merged.gtin, merged.mpn, sd.shopify?.listingId];
  merged.listingId = idInUrl(url, ids) ?? idFromUrl(url) ?? sd.shopify?.listingId ?? ids.find(Boolean) ?? null;
  // No structured data at all (scripts stripped, a client-rendered page saved late): the visible
  // heading, the first price after it and the id in the URL still make a product page.
  const h1 = doc.querySelector('h1');
  // Walking the page for the first price is the costly last resort, for pages without any other.
  if (!merged.price && h1) merged.price = dom.price = priceAfter(doc, h1, ctx);
  const visible = Boolean(dom.title && dom.price && idFromUrl(url) && h1);
  if (!main && !sd.shopify && !sd.meta && !state && !visible) return null;
  merged.url = pageCanonical(doc, url);
  if (merged.title) merged.title = tidyTitle(merged.title);
  merged.seller ??= domSeller(doc) ?? labelledSeller(doc);
  merged.brand ??= labelledBrand(doc);
  const { adapter: _, ...checked } = checkedProduct('generic', toListing(merged));
  return checked;
}

export const genericAdapter: Adapter = {
  id: 'generic',
  name: 'Any shop (structured data)',
  matches: () => false,
  examples: [],
  extract: (doc, url) => extractGeneric(doc, url),
};
