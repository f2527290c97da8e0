// Amazon, every storefront (.com .ca .co.uk .de .fr .it .es .co.jp .in .com.au .com.mx
// .com.br ...). Amazon product pages carry no product JSON-LD, so this adapter is DOM-first
// with ordered selector lists: the buy box's price and merchant ("Sold by"), never the brand's
// store link or a struck list price; no buy box means no price and no seller.
import type { Extraction, Price, Seller } from '../types';
import type { Adapter } from './types';
import { absUrl, all, attr, clean, optional, text, textOf } from './dom';
import { SELLER_LABEL, amazonPrice, brandFromByline, sellerFromText } from './amazon-text';
import { amazonResults } from './amazon-search';
import { siteContext, type PriceContext } from './price-parse';
import { toListing } from './listing-draft';
import { domainOf } from './markets/market';
import { amazonMarket } from './markets/amazon';
import { checkedProduct } from './mandatory';

const ASIN_IN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|o\/ASIN)\/([A-Z0-9]{10})(?:[/?]|$)/i;

/** Buy-box prices, most specific first: the price to pay, then the older price blocks. */
const BUYBOX_PRICE = [
  '#corePrice_feature_div .priceToPay',
  '#corePriceDisplay_desktop_feature_div .priceToPay',
  '#apex_desktop .apexPriceToPay',
  '#apex_desktop .priceToPay',
  '#corePrice_desktop .a-price',
  '#corePrice_feature_div .a-price',
  '#price_inside_buybox',
  '#newBuyBoxPrice',
  '#priceblock_dealprice',
  '#priceblock_saleprice',
  '#priceblock_ourprice',
  '#kindle-price',
];
/** Used-only offers: the used buy box is the only offer a buyer is shown. */
const USED_PRICE = [
  '#usedBuySection .a-color-price',
  '#used_buybox_desktop .a-color-price',
  '#usedPrice',
  '#usedBuySection .offer-price',
];
const TITLE = ['#productTitle', '#title', '#ebooksProductTitle', 'h1'];
const IMAGE = [
  '#landingImage',
  '#imgBlkFront',
  '#ebooksImgBlkFront',
  '#main-image',
  '#imgTagWrapperId img',
  'img[data-a-dynamic-image]',
];
/** Containers of the winning offer's merchant, in the order Amazon's layouts used them. */
const MERCHANT_BLOCKS = [
  '#merchant-info',
  '#merchantInfoFeature_feature_div',
  '[offer-display-feature-name="desktop-merchant-info"]',
  '#tabular-buybox',
  '#buybox',
  '#dmusic_buybox_container',
];

const sellerIdOf = (href: string | null) => (href ? (/[?&]seller=([A-Z0-9]{8,20})/.exec(href)?.[1] ?? null) : null);

function sellerLink(root: Element): Seller | null {
  // The profile link by id first: other links carry seller= too ("Details" of delivery rates).
  const a =
    root.querySelector('#sellerProfileTriggerId') ??
    Array.from(root.querySelectorAll('a[href*="seller="]')).find((x) =>
      /at-a-glance|\/sp\?/.test(x.getAttribute('href') ?? ''),
    );
  const name = clean(a?.textContent);
  return a && name ? { name, id: sellerIdOf(a.getAttribute('href')), url: null } : null;
}

/** A table/grid row whose label cell says "Sold by": the value cell is the merchant. */
function labelledSeller(root: Element): Seller | null {
  for (const label of Array.from(
    root.querySelectorAll('td, span, div.a-col-left, .tabular-buybox-label, .offer-display-feature-label'),
  )) {
    if (label.children.length > 3 || !SELLER_LABEL.test(textOf(label))) continue;
    // The value is the next cell of the label's row (tables) or the label's next sibling (grids).
    const labelCell = label.closest('td, th');
    const cell = labelCell
      ? labelCell.nextElementSibling
      : (label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null);
    const link = cell ? sellerLink(cell) : null;
    if (link) return link;
    const name = cell
      ? clean(
          textOf(
            cell.querySelector('.a-color-base, .offer-display-feature-text-message, .tabular-buybox-text') ?? cell,
          ),
        )
      : '';
    if (name) return { name: name.replace(/\s*price set by .*$/i, ''), id: null, url: null };
  }
  return null;
}

/** The merchant of the offer in the buy box; null when the page has no offer. */
function buyBoxSeller(doc: Document, hasOffer: boolean): Seller | null {
  if (!hasOffer) return null;
  for (const sel of MERCHANT_BLOCKS) {
    const block = doc.querySelector(sel); // the first block is the new-offer buy box; later ones are used offers
    if (!block || !textOf(block)) continue;
    const labelled = labelledSeller(block);
    if (labelled) return labelled;
    const name = sellerFromText(textOf(block));
    if (name) {
      const link = sellerLink(block);
      return link && name.startsWith(link.name ?? '') ? link : { name, id: null, url: null };
    }
    const link = sellerLink(block);
    if (link) return link;
  }
  return null;
}

function productPrice(doc: Document, ctx: PriceContext): { price: Price | null; used: boolean } {
  for (const sel of BUYBOX_PRICE) {
    for (const el of all(doc, sel)) {
      const price = amazonPrice(el, ctx);
      if (price) return { price, used: false };
    }
  }
  for (const sel of USED_PRICE) {
    const price = amazonPrice(optional(doc, sel), ctx);
    if (price) return { price, used: true };
  }
  const other = amazonPrice(optional(doc, '#buybox .offer-price'), ctx);
  if (other) return { price: other, used: false };
  // Digital music and video: the price sits in the buy button ("Buy MP3 Album $9.49").
  const button = text(doc, ['#dmusic_buybox_container', '#dv-action-box']);
  const price = button ? amazonPrice(optional(doc, '#dmusic_buybox_container'), ctx) : null;
  return { price, used: false };
}

function asinOf(doc: Document, url: URL): string | null {
  const input =
    attr(
      doc,
      ['input#ASIN', 'input[name="ASIN"]', 'input[name="ASIN.0"]', '#averageCustomerReviews[data-asin]'],
      'value',
    ) ?? attr(doc, '#averageCustomerReviews[data-asin], [data-csa-c-asin]', 'data-asin');
  if (input && /^[A-Z0-9]{10}$/.test(input)) return input;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return ASIN_IN_PATH.exec(url.pathname)?.[1] ?? ASIN_IN_PATH.exec(canonical)?.[1] ?? null;
}

/** Product-overview / technical-details rows labelled "Brand" in the storefront's language. */
const BRAND_ROW = /^(brand|brand name|marke|marque|marca|merk|marka|märke|ブランド|ブランド名)$/i;

function brandRow(doc: Document): string | null {
  const direct = text(doc, ['#productOverview_feature_div tr.po-brand td:last-child', 'tr.po-brand td.a-span9']);
  if (direct) return direct;
  for (const th of Array.from(
    doc.querySelectorAll(
      '#productDetails_techSpec_section_1 th, #productDetails_detailBullets_sections1 th, #detailBullets_feature_div .a-text-bold',
    ),
  )) {
    if (!BRAND_ROW.test(textOf(th).replace(/[\s:：\u200e\u200f]+$/, ''))) continue;
    const value = th.nextElementSibling ? textOf(th.nextElementSibling) : '';
    if (value) return value.replace(/^\u200e/, '');
  }
  return null;
}

function brandOf(doc: Document): string | null {
  const byline = optional(doc, ['#bylineInfo', '#brand']);
  const t = textOf(byline, { visibleOnly: false });
  const fromText = brandFromByline(t) ?? brandFromByline(text(doc, '#bylineInfo_feature_div'));
  if (fromText) return fromText;
  // Older pages link the bare brand name ("by <a>ChangM</a>") to its brand or store page.
  const href = byline?.tagName === 'A' ? (byline.getAttribute('href') ?? '') : '';
  if (/\/stores\/|\/b\/|lbr_brands|field-brandtextbin/.test(href) && t && !/\(/.test(t)) return t;
  // Books and media bylines name authors and artists, never a brand; other pages may list one.
  return byline?.querySelector('.author, .contribution') ? null : brandRow(doc);
}

function imageOf(doc: Document, url: URL): string | null {
  const img = optional(doc, IMAGE);
  const hires = img?.getAttribute('data-old-hires');
  if (hires) return absUrl(hires, url);
  const dyn = img?.getAttribute('data-a-dynamic-image');
  if (dyn) {
    // {"url": [w, h], ...}: the largest rendition.
    const m = Array.from(dyn.matchAll(/"([^"]+)"\s*:\s*\[\s*(\d+)/g)).sort((a, b) => Number(b[2]) - Number(a[2]))[0];
    if (m) return absUrl(m[1], url);
  }
  return absUrl(img?.getAttribute('src'), url);
}

function extractProduct(doc: Document, url: URL): Extraction {
  const ctx = siteContext(url);
  const asin = asinOf(doc, url);
  const title = text(doc, TITLE);
  const { price, used } = productPrice(doc, ctx);
  const seller = buyBoxSeller(doc, price != null);
  // The seller's storefront profile: what a notice about "one seller's offer" points at.
  if (seller?.id) seller.url = `${url.origin}/sp?seller=${seller.id}`;
  const listing = toListing({
    source: 'dom',
    title,
    price,
    seller,
    brand: brandOf(doc),
    listingId: asin,
    url: asin ? `${url.origin}/dp/${asin}` : null,
    image: imageOf(doc, url),
    condition: price
      ? used
        ? 'used'
        : /\b(renewed|refurbished|generalüberholt|reconditionné|ricondizionato)\b/i.test(title ?? '')
          ? 'refurbished'
          : 'new'
      : null,
    sponsored: null,
  });
  return checkedProduct('amazon', listing);
}

export const amazonAdapter: Adapter = {
  id: 'amazon',
  name: 'Amazon',
  matches: (url) => domainOf(amazonMarket, url.hostname) !== null,
  examples: [
    'https://www.amazon.com/dp/B00NTCH52W',
    'https://www.amazon.co.uk/Vegetable-Perfection/dp/1849757097',
    'https://www.amazon.de/s?k=katzenfutter',
    'https://www.amazon.co.jp/gp/product/B07FW264WL',
    'https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi',
  ],
  extract(doc, url) {
    if (ASIN_IN_PATH.test(url.pathname)) return extractProduct(doc, url);
    const results = amazonResults(doc, url);
    if (results) return results;
    if (optional(doc, ['#productTitle', 'input#ASIN', '#dp-container', '#dmusic_buybox_container']))
      return extractProduct(doc, url);
    return { adapter: 'amazon', page: 'unknown', listings: [], missing: [] };
  },
};
