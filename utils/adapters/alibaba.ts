// Alibaba.com (every language subdomain) and 1688.com, Alibaba's two B2B marketplaces: the
// listing is a supplier's offer, so the seller is the supplier company. JSON-LD is present but
// untrustworthy for two fields: `name` is the long SEO title ("... - Buy X Product on
// Alibaba.com") and `brand` is often the placeholder "Ali"; the page heading and the
// "Brand Name" attribute are what a buyer reads.
import type { Adapter } from './types';
import { absUrl, attr, canonicalUrl, meta, optional, text, textOf } from './dom';
import { at, attrValue, inlineScripts, jsonAfter, s } from './alibaba-state';
import { isObj } from './json-value';
import { listExtraction, orGeneric, productExtraction } from './extraction';
import { mergeDrafts, type ListingDraft } from './listing-draft';
import { jsonLdProducts } from './json-ld';
import { metaProduct } from './page-state';
import { siteContext, type PriceContext } from './price-parse';
import { priceAt, readCards } from './result-cards';
import { BRAND_LABEL, specValue } from './spec-table';
import { domainOf } from './markets/market';
import { alibabaMarket } from './markets/alibaba';

const ALIBABA = /(^|\.)alibaba\.com$/;
const ONE688 = /(^|\.)1688\.com$/;
const ALIBABA_ITEM = /\/(?:product-detail|p-detail)\/[^?#]*?_(\d{6,})\.html/;
const ONE688_ITEM = /\/offer\/(\d{6,})\.html/;
const PLACEHOLDER_BRAND = /^(ali|alibaba|alibaba\.com|1688|oem|odm|none|no brand|unbranded)$/i;

const TITLE = [
  '.product-title h1',
  'h1.ma-title',
  '.module-pdp-title h1',
  '[class*="product-title"] h1',
  '.title-text',
  '.d-title',
  'h1',
];
const SELLER = [
  'a.company-name',
  '[data-aui="company-name"]',
  '.company-name a',
  '[class*="company-name"] a',
  'a[class*="company-name"]',
  '.shop-company-name a',
  '.company-name',
];
const SPEC_ROWS = [
  '.do-entry-item',
  '[class*="attribute-item"]',
  '.module-pdp-main-attr .id-grid > div',
  '.offer-attr-item',
  '.obj-content tr',
  'dl',
];

/** The "Brand Name" attribute as embedded JSON writes it (`"attrName":"Brand Name","attrValue":"X"`). */
function stateBrand(doc: Document): string | null {
  for (const body of inlineScripts(doc)) {
    const m = /"attrName"\s*:\s*"(?:Brand Name|Brand|品牌)"\s*,\s*"attrValue"\s*:\s*"((?:\\.|[^"\\])+)"/.exec(body);
    if (!m) continue;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return m[1]; // an escape JSON does not know: the raw text is still the brand
    }
  }
  return null;
}

/** 1688's `window.__INIT_DATA__` (globalData.tempModel): title, company, offer id, tier prices. */
function from1688State(doc: Document, base: URL, ctx: PriceContext): ListingDraft | null {
  const init = jsonAfter(doc, /__INIT_DATA__\s*=\s*/);
  const tm = at(init, 'globalData', 'tempModel');
  if (!isObj(tm)) return null;
  const tiers = at(init, 'globalData', 'orderParamModel', 'orderParam', 'skuParam', 'skuRangePrices');
  const low = Array.isArray(tiers) ? tiers.map((t) => Number(at(t, 'price'))).filter((n) => n > 0) : [];
  return {
    source: 'state',
    title: s(tm.offerTitle),
    listingId: s(tm.offerId),
    seller: s(tm.companyName) ? { name: s(tm.companyName), id: s(tm.sellerLoginId) ?? s(tm.userId), url: null } : null,
    price: low.length
      ? {
          amount: Math.min(...low),
          currency: ctx.defaultCurrency ?? 'CNY',
          ...(new Set(low).size > 1 ? { range: true } : {}),
        }
      : null,
    image: absUrl(s(at(init, 'globalData', 'images', 0, 'fullPathImageURI')), base),
  };
}

/** Alibaba.com 2022+ `window.detailData.globalData`: product.subject, ladder prices, seller company. */
function fromDetailData(doc: Document, base: URL, ctx: PriceContext): ListingDraft | null {
  const g = at(jsonAfter(doc, /detailData\s*=\s*/), 'globalData');
  const product = at(g, 'product');
  if (!isObj(product)) return null;
  const ladder = at(product, 'price', 'productLadderPrices');
  const tiers = Array.isArray(ladder)
    ? ladder.map((t) => Number(at(t, 'price') ?? at(t, 'dollarPrice'))).filter((n) => n > 0)
    : [];
  const currency = s(at(product, 'price', 'currency')) ?? ctx.defaultCurrency ?? 'USD';
  const props = [at(product, 'productBasicProperties'), at(product, 'productKeyIndustryProperties')].flatMap((p) =>
    Array.isArray(p) ? p : [],
  );
  const company = s(at(g, 'seller', 'companyName'));
  return {
    source: 'state',
    title: s(product.subject),
    listingId: s(product.productId),
    price: tiers.length
      ? { amount: Math.min(...tiers), currency, ...(new Set(tiers).size > 1 ? { range: true } : {}) }
      : null,
    brand: props.map((p) => attrValue([p], /^brand( name)?$/i)).find((b) => b && !PLACEHOLDER_BRAND.test(b)) ?? null,
    seller: company
      ? {
          name: company,
          id: s(at(g, 'seller', 'companyId')),
          url: absUrl(s(at(g, 'seller', 'companyProfileUrl')), base),
        }
      : null,
  };
}

function fromDom(doc: Document, base: URL, _ctx: PriceContext): ListingDraft {
  const seller = optional(doc, SELLER);
  const href = seller?.getAttribute('href') ?? seller?.closest('a')?.getAttribute('href') ?? null;
  const sellerUrl = canonicalUrl(href, base, []);
  return {
    source: 'dom',
    title: text(doc, TITLE),
    seller: seller
      ? {
          name: seller.getAttribute('title') || textOf(seller) || null,
          id: sellerUrl ? (/^https:\/\/([\w-]+)\./.exec(sellerUrl)?.[1] ?? null) : null,
          url: sellerUrl,
        }
      : null,
    brand: specValue(doc, SPEC_ROWS, BRAND_LABEL) ?? stateBrand(doc),
  };
}

/** Visible price, after structured data: tier prices ("US$11.99 - 12.99"), lowest tier first. */
function domPrice(doc: Document, ctx: PriceContext): ListingDraft {
  return {
    source: 'dom',
    price: priceAt(
      doc,
      ['[class*="price-item"] .price', '.ma-ref-price', '.price .promotion', '[class*="price"]'],
      ctx,
    ),
  };
}

function product(doc: Document, url: URL, id: string) {
  const ctx = siteContext(url);
  const ld = jsonLdProducts(doc, url, ctx)[0];
  const brand = ld?.brand && !PLACEHOLDER_BRAND.test(ld.brand) ? ld.brand : null;
  // The SEO name loses to the heading; it is still better than nothing.
  const ldName = ld?.title?.replace(/\s+-\s+Buy .*$/i, '') ?? null;
  const dom = fromDom(doc, url, ctx);
  const state = ONE688.test(url.hostname) ? from1688State(doc, url, ctx) : fromDetailData(doc, url, ctx);
  const d = mergeDrafts(
    state,
    dom,
    ld && { ...ld, title: ldName, brand },
    metaProduct(doc, url, ctx),
    domPrice(doc, ctx),
  );
  // State names the company; the page's company link is where its profile lives.
  const seller = d.seller && !d.seller.url && dom.seller?.url ? { ...d.seller, url: dom.seller.url } : d.seller;
  return productExtraction('alibaba', {
    ...d,
    seller,
    brand: [state?.brand, dom.brand, brand].find((b) => b && !PLACEHOLDER_BRAND.test(b)) ?? null,
    listingId: id,
    url: ONE688.test(url.hostname)
      ? `https://detail.1688.com/offer/${id}.html`
      : canonicalUrl(`${url.origin}${url.pathname}`, url, []),
    image:
      d.image ??
      absUrl(attr(doc, ['.main-image img', '[class*="main-image"] img'], 'src') ?? meta(doc, 'og:image'), url),
  });
}

export const alibabaAdapter: Adapter = {
  id: 'alibaba',
  name: 'Alibaba.com / 1688',
  matches: (url) => domainOf(alibabaMarket, url.hostname) !== null,
  examples: [
    'https://www.alibaba.com/product-detail/Lemon-Cheese-Garlic-Ginger-Handheld-Stainless_62320522213.html',
    'https://www.alibaba.com/trade/search?SearchText=cheese+slicer',
    'https://spanish.alibaba.com/product-detail/Wireless-Earbuds_1600123456789.html',
    'https://detail.1688.com/offer/612345678901.html',
    'https://s.1688.com/selloffer/offer_search.htm?keywords=abc',
  ],
  extract(doc, url, general) {
    const id = (ONE688.test(url.hostname) ? ONE688_ITEM : ALIBABA_ITEM).exec(url.pathname)?.[1];
    if (id) return product(doc, url, id);
    const ctx = siteContext(url);
    const listings = readCards(doc, url, {
      idOf: (u) =>
        (ALIBABA.test(u.hostname)
          ? ALIBABA_ITEM.exec(u.pathname)?.[1]
          : ONE688.test(u.hostname)
            ? ONE688_ITEM.exec(u.pathname)?.[1]
            : null) ?? null,
      urlOf: (lid, _base, link) =>
        ONE688.test(link.hostname)
          ? `https://detail.1688.com/offer/${lid}.html`
          : `https://${link.hostname}${link.pathname}`,
      title: ['h2', '[class*="title"]', '.offer-title'],
      price: ['[class*="price"]'],
      seller: ['[class*="company"] a', 'a[class*="company"]', '[class*="company"]'],
      sponsored: ['[class*="ad-tag"]', '[class*="sponsor"]', '[data-ad]'],
      ctx,
    });
    return orGeneric(listExtraction('alibaba', listings), doc, url, general);
  },
};
