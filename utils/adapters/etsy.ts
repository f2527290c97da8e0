// Etsy: listing pages (JSON-LD Product, the visible buy-box price, the shop that sells it) and
// search/market pages (`data-listing-id` cards, "Ad by Etsy seller" marks sponsored ones).
// Etsy's JSON-LD names the shop as the brand; a shop is the seller, so that is no brand.
import type { Extraction, Listing } from '../types';
import type { Adapter } from './types';
import { absUrl, attr, clean, optional, text, textOf } from './dom';
import { mergeDrafts, toListing } from './listing-draft';
import { parsePrice, siteContext } from './price-parse';
import { jsonLdProducts } from './json-ld';
import { pickMain } from './structured-data';
import { domainOf } from './markets/market';
import { etsyMarket } from './markets/etsy';
import { checkedProduct } from './mandatory';

const LISTING_PATH = /\/listing\/(\d{5,15})(?:[/?]|$)/;
const PRICE = [
  '[data-buy-box-region="price"] p.wt-text-title-larger',
  '[data-buy-box-region="price"] .wt-text-title-03',
  '[data-selector="price-only"]',
  '#listing-price',
  '.listing-page-price',
  'p.wt-text-title-03',
];
const SHOP = [
  '[data-shop-name]',
  '#desktop_shop_name',
  '.shop-name-and-title-container a[href*="/shop/"]',
  'a[itemprop="url"][href*="/shop/"]',
  '#listing-page-cart a[href*="/shop/"]',
  'a[href*="/shop/"]',
];

function shopOf(doc: Document, url: URL) {
  const el = optional(doc, SHOP);
  if (!el) return null;
  const name =
    el.getAttribute('data-shop-name') ??
    (textOf(el) || /\/shop\/([^/?#]+)/.exec(el.getAttribute('href') ?? '')?.[1] || '');
  const href = el.getAttribute('href') ?? (name ? `/shop/${name}` : null);
  const slug = href ? (/\/shop\/([^/?#]+)/.exec(href)?.[1] ?? null) : null;
  return name ? { name: clean(name), id: slug, url: slug ? `${url.origin}/shop/${slug}` : null } : null;
}

function extractListing(doc: Document, url: URL): Extraction {
  const ctx = siteContext(url);
  const id = LISTING_PATH.exec(url.pathname)?.[1] ?? null;
  const ld = pickMain(jsonLdProducts(doc, url, ctx), doc, url);
  const seller = shopOf(doc, url);
  const dom = {
    source: 'dom' as const,
    title: text(doc, ['h1[data-buy-box-listing-title]', 'h1']),
    // The buy box shows what a buyer pays ("$28.50+": lowest variation, a lower bound).
    price: parsePrice(
      text(doc, PRICE, { skip: ['.wt-text-strikethrough', 's', 'del', '.wt-screen-reader-only'] }),
      ctx,
    ),
    seller,
    image: absUrl(
      attr(
        doc,
        [
          'img[data-listing-card-listing-image]',
          '.listing-page-image-carousel-component img',
          '#image-0 img',
          'ul.carousel-pane-list img',
        ],
        'src',
      ),
      url,
    ),
  };
  const merged = mergeDrafts(dom, ld);
  if (merged.brand && seller?.name && merged.brand.toLowerCase() === seller.name.toLowerCase()) merged.brand = null;
  merged.listingId = id;
  merged.url = id ? `${url.origin}/listing/${id}` : null;
  return checkedProduct('etsy', toListing(merged));
}

function card(el: Element, url: URL): Listing | null {
  const id = el.getAttribute('data-listing-id');
  const title = text(el, ['h3', 'h2', '.v2-listing-card__title', '[title]']) ?? attr(el, 'a[title]', 'title');
  if (!id || !title) return null;
  const shop = text(el, ['.v2-listing-card__shop p', '[data-shop-name]', '.wt-text-caption.wt-text-truncate']);
  return {
    title,
    price: parsePrice(
      text(el, ['.lc-price', '.n-listing-card__price', '.currency-value', '[class*="price"]'], {
        skip: ['.wt-text-strikethrough', 's', 'del'],
      }),
      siteContext(url),
    ),
    seller: shop ? { name: shop.replace(/^(ad by etsy seller|by)\s*/i, ''), id: null, url: null } : null,
    brand: null,
    listingId: id,
    url: `${url.origin}/listing/${id}`,
    image: absUrl(attr(el, ['img'], 'src'), url),
    condition: null,
    sponsored:
      /\bad (?:by|from) etsy seller\b|\bsponsored\b/i.test(textOf(el, { visibleOnly: false })) ||
      el.hasAttribute('data-is-ad') ||
      /\bad=1\b/.test(attr(el, 'a', 'href') ?? ''),
  };
}

export const etsyAdapter: Adapter = {
  id: 'etsy',
  name: 'Etsy',
  matches: (url) => domainOf(etsyMarket, url.hostname) !== null,
  examples: [
    'https://www.etsy.com/listing/252423036/happy-soba-graphic-toddler-baby-kid-tee',
    'https://www.etsy.com/search?q=tee',
    'https://www.etsy.com/de/listing/100200300/mug',
  ],
  extract(doc, url) {
    if (LISTING_PATH.test(url.pathname)) return extractListing(doc, url);
    // Only top-level cards: a card may nest another element carrying the same id.
    const cards = Array.from(doc.querySelectorAll('[data-listing-id]')).filter(
      (e) => !e.parentElement?.closest('[data-listing-id]'),
    );
    const listings = cards.map((c) => card(c, url)).filter((l): l is Listing => !!l);
    if (listings.length || /^\/(?:\w\w(?:-\w\w)?\/)?(search|market|c)\b/.test(url.pathname))
      return { adapter: 'etsy', page: 'search', listings, missing: [] };
    return { adapter: 'etsy', page: 'unknown', listings: [], missing: [] };
  },
};
