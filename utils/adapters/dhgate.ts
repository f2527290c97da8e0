// DHgate (www.dhgate.com and its language hosts, m.dhgate.com). Wholesale: prices are tiered,
// JSON-LD gives an AggregateOffer whose lowPrice is the single-lot price (a range). The seller is
// the store ("Sold By"), whose id is the hex supplier id in its store link and in `_toid`.
import type { Adapter } from './types';
import { absUrl, canonicalUrl, meta, optional, text, textOf } from './dom';
import { jsField } from './alibaba-state';
import { listExtraction, orGeneric, productExtraction } from './extraction';
import { jsonLdProducts } from './json-ld';
import { mergeDrafts, type ListingDraft } from './listing-draft';
import { metaProduct } from './page-state';
import { siteContext, type PriceContext } from './price-parse';
import { priceAt, readCards } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { domainOf } from './markets/market';
import { dhgateMarket } from './markets/dhgate';

const HOST = /(^|\.)dhgate\.com$/;
const ITEM = /\/product\/[^/]+\/(\d{6,})\.html/;
// Named store links only: a bare /store/ link is often a "Visit Store" button.
const SELLER = [
  '.seller-information .selle-name a',
  '.seller-name a',
  '[class*="seller-name"] a',
  '[class*="storeName"] a',
  'a[class*="storeName"]',
  '[class*="store-name"] a',
  'a[class*="store-name"]',
];
const SPEC_ROWS = [
  '.specs-list li',
  '.product-spec li',
  '[class*="specs"] li',
  '.description-spec li',
  '.prod-specs tr',
];
// A supplier id: the hex id of /wholesale/products/<id>.html, or the number of /store/<id>.
const SELLER_ID = /\/(?:wholesale\/products|store)\/([0-9a-f]{16,}|\d{5,})(?:[./]|$)/i;
const NOT_BRAND = /^(dhgate|dhgate\.com|no brand|unbranded|none)$/i;

function fromDom(doc: Document, url: URL, ctx: PriceContext): ListingDraft {
  const seller = optional(doc, SELLER);
  const href = seller?.getAttribute('href') ?? null;
  const sellerUrl = canonicalUrl(href, url, []);
  // Last resort: the SEO title ends "... From <Seller>, $12.34| Dhgate.Com".
  const fromTitle = /\bFrom ([^,|]{2,40}), [^|]*\|\s*Dhgate/i.exec(meta(doc, 'og:title') ?? doc.title)?.[1] ?? null;
  const name =
    (seller ? seller.getAttribute('title') || textOf(seller) : null) || jsField(doc, '_sellerDomainname') || fromTitle;
  return {
    source: 'dom',
    title: text(doc, ['.hinfo h1', '.product-name h1', '[class*="productInfo"] h1', 'h1']),
    seller: name ? { name, id: SELLER_ID.exec(href ?? '')?.[1] ?? jsField(doc, '_toid'), url: sellerUrl } : null,
    brand: specValue(doc, SPEC_ROWS, BRAND_LABEL),
    price: priceAt(
      doc,
      ['#js-pro-price', '.js-price', '[class*="price-now"]', '[class*="productPrice"]', '.price'],
      ctx,
    ),
  };
}

export const dhgateAdapter: Adapter = {
  id: 'dhgate',
  name: 'DHgate',
  matches: (url) => domainOf(dhgateMarket, url.hostname) !== null,
  examples: [
    'https://www.dhgate.com/product/funny-eye-stickers-creative-eyes-sticker/120629211.html',
    'https://www.dhgate.com/wholesale/search.do?searchkey=watch',
    'https://www.dhgate.com/w/sneakers.html',
  ],
  extract(doc, url, general) {
    const ctx = siteContext(url);
    const id = ITEM.exec(url.pathname)?.[1] ?? null;
    if (!id) {
      const listings = readCards(doc, url, {
        idOf: (u) => (HOST.test(u.hostname) ? (ITEM.exec(u.pathname)?.[1] ?? null) : null),
        urlOf: (_id, _b, link) => `https://${link.hostname}${link.pathname}`,
        title: ['h3', '.pro-title', '[class*="title"]'],
        price: ['.price', '[class*="price"]'],
        seller: ['.seller a', '[class*="seller"] a', '[class*="store"] a'],
        sponsored: ['[class*="sponsor"]', '[class*="ad-tag"]', '.ad-flag'],
        ctx,
      });
      return orGeneric(listExtraction('dhgate', listings), doc, url, general);
    }
    const ld = jsonLdProducts(doc, url, ctx)[0];
    const dom = fromDom(doc, url, ctx);
    // JSON-LD's name keeps the page's leading space; its price is the structured one.
    const d = mergeDrafts(
      ld && { ...ld, brand: ld.brand && !NOT_BRAND.test(ld.brand) ? ld.brand : null },
      dom,
      metaProduct(doc, url, ctx),
    );
    return productExtraction('dhgate', {
      ...d,
      title: dom.title ?? d.title,
      brand: dom.brand ?? d.brand,
      seller: dom.seller ?? d.seller,
      listingId: id,
      url: `https://${url.hostname}${url.pathname}`,
      image: d.image ?? absUrl(meta(doc, 'og:image'), url),
    });
  },
};
