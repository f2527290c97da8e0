// Walmart (.com, .ca): the Next.js pages read from __NEXT_DATA__ (the product object its own
// scripts render from: current price, not the unit price beside it; the offer's seller), and
// the older server-rendered pages (prod-ProductTitle, prod-PriceHero, "Sold & shipped by").
import type { Extraction, Seller } from '../types';
import type { Adapter } from './types';
import { absUrl, attr, optional, text } from './dom';
import { conditionFrom, mergeDrafts, toListing, type ListingDraft } from './listing-draft';
import { parsePrice, priceFrom, siteContext, type PriceContext } from './price-parse';
import { findObjects } from './page-state';
import { jsonLdProducts } from './json-ld';
import { walmartResults } from './walmart-search';
import { parseJson } from './dom';
import { domainOf } from './markets/market';
import { walmartMarket } from './markets/walmart';
import { checkedProduct } from './mandatory';
import { asObj as o } from './json-value';

const ITEM_PATH = /\/ip\/(?:[^/]+\/)?(\d{5,15})(?:[/?]|$)/;

const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** The page's Next.js state, parsed once; null on older pages. */
function nextData(doc: Document): unknown {
  return parseJson(doc.querySelector('script#__NEXT_DATA__')?.textContent);
}

function stateProduct(data: unknown, itemId: string | null, ctx: PriceContext, url: URL): ListingDraft | null {
  const direct = o(o(o(o(o(data).props).pageProps).initialData).data).product;
  const p =
    direct && s(o(direct).usItemId)
      ? o(direct)
      : findObjects(
          data,
          (x) => !!s(x.usItemId) && !!s(x.name) && 'priceInfo' in x && (!itemId || s(x.usItemId) === itemId),
          1,
        )[0];
  if (!p) return null;
  const current = o(o(p.priceInfo).currentPrice);
  const internal = s(p.sellerType) === 'INTERNAL';
  const sellerName = s(p.sellerDisplayName) ?? s(p.sellerName);
  const seller: Seller | null = sellerName
    ? {
        name: sellerName,
        id: s(p.sellerId),
        url: absUrl(
          s(p.sellerStoreFrontURL) ??
            (internal
              ? null
              : s(p.catalogSellerId) && s(p.catalogSellerId) !== '0'
                ? `/seller/${s(p.catalogSellerId)}`
                : null),
          url,
        ),
      }
    : null;
  const images = o(p.imageInfo);
  const firstImage = Array.isArray(images.allImages) ? s(o(images.allImages[0]).url) : null;
  return {
    source: 'state',
    title: s(p.name),
    brand: s(p.brand),
    listingId: s(p.usItemId),
    price: priceFrom(current.price, current.currencyUnit, ctx) ?? parsePrice(s(current.priceString), ctx),
    seller,
    image: absUrl(firstImage ?? s(images.thumbnailUrl), url),
    condition: p.isPreowned === true ? 'used' : conditionFrom(s(p.conditionType)),
    url: absUrl(s(p.canonicalUrl), url),
  };
}

/** Older server-rendered pages: the hero price's machine value, the "Sold & shipped by" line. */
function domProduct(doc: Document, ctx: PriceContext, url: URL): ListingDraft {
  const hero = optional(doc, [
    '.prod-PriceHero [itemprop="price"]',
    '[data-testid="price-wrap"] [itemprop="price"]',
    '[itemprop="price"]',
  ]);
  const sellerName =
    text(doc, [
      '.prod-SoldShipByMsg',
      '.seller-name',
      '[data-testid="product-seller-info"] a',
      '[data-tl-id="ProductSellerInfo-SellerName"]',
    ]) ??
    text(doc, '[data-testid="product-seller-info"]')
      ?.replace(/^sold (?:and|&) shipped by\s*/i, '')
      .replace(/^sold by\s*/i, '') ??
    null;
  return {
    source: 'dom',
    title: text(doc, ['h1[itemprop="name"]', 'h1.prod-ProductTitle', '#main-title', 'h1']),
    price:
      priceFrom(hero?.getAttribute('content'), 'USD', ctx) ??
      parsePrice(
        text(doc, ['[itemprop="price"]', '.prod-PriceHero .Price-group']) ??
          attr(doc, '.prod-PriceHero .Price-group', 'aria-label'),
        ctx,
      ),
    brand: text(doc, ['[itemprop="brand"]', 'a.prod-brandName', '[data-testid="brand-name"]']),
    seller: sellerName ? { name: sellerName, id: null, url: null } : null,
    image: absUrl(
      attr(
        doc,
        [
          '.prod-HeroImage img',
          'img.prod-HeroImage-image',
          '[data-testid="hero-image-container"] img',
          '[itemprop="image"]',
        ],
        'src',
      ),
      url,
    ),
  };
}

function extractItem(doc: Document, url: URL, data: unknown): Extraction {
  const ctx = { ...siteContext(url), defaultCurrency: url.hostname.endsWith('.ca') ? 'CAD' : 'USD' };
  const itemId = ITEM_PATH.exec(url.pathname)?.[1] ?? null;
  const merged = mergeDrafts(
    stateProduct(data, itemId, ctx, url),
    domProduct(doc, ctx, url),
    jsonLdProducts(doc, url, ctx)[0],
  );
  merged.listingId = itemId ?? merged.listingId ?? null;
  merged.url = merged.listingId ? `${url.origin}/ip/${merged.listingId}` : null;
  return checkedProduct('walmart', toListing(merged));
}

export const walmartAdapter: Adapter = {
  id: 'walmart',
  name: 'Walmart',
  matches: (url) => domainOf(walmartMarket, url.hostname) !== null,
  examples: [
    'https://www.walmart.com/ip/Great-Value-Whole-Vitamin-D-Milk-Gallon/10450114',
    'https://www.walmart.com/search?q=car+seat',
    'https://www.walmart.ca/en/ip/booster-seat/6000200000001',
  ],
  extract(doc, url) {
    const data = nextData(doc);
    if (ITEM_PATH.test(url.pathname) || optional(doc, ['h1.prod-ProductTitle', 'h1#main-title']))
      return extractItem(doc, url, data);
    return walmartResults(doc, url, data) ?? { adapter: 'walmart', page: 'unknown', listings: [], missing: [] };
  },
};
