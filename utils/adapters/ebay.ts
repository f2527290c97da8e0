// eBay, every site (.com .ca .co.uk .de .fr .it .es .ie .com.au ...), the classic item page
// (#itemTitle, #prcIsum, .mbg-nw) and the current one (x-item-title, x-price-primary,
// x-sellercard). The price is the item's own currency ("GBP 11.19" on ebay.ca), never the
// converted estimate; the title loses the screen-reader "Details about" prefix and the
// machine-translation toggle; the seller is the member who lists the item.
import type { Extraction, Seller } from '../types';
import type { Adapter } from './types';
import { absUrl, attr, clean, optional, text, textOf } from './dom';
import { conditionFrom, mergeDrafts, toListing } from './listing-draft';
import { parsePrice, priceFrom, siteContext } from './price-parse';
import { jsonLdProducts } from './json-ld';
import { ebayResults } from './ebay-search';
import { domainOf } from './markets/market';
import { ebayMarket } from './markets/ebay';
import { checkedProduct } from './mandatory';

const ITEM_PATH = /\/itm\/(?:[^/]+\/)?(\d{9,15})(?:[/?]|$)/;

const TITLE = ['h1.x-item-title__mainTitle', '.x-item-title__mainTitle', '#itemTitle', 'h1[itemprop="name"]', 'h1'];
const PRICE = [
  '.x-price-primary',
  '#prcIsum',
  '#prcIsum_bidPrice',
  '#mm-saleDscPrc',
  '.x-bin-price__content',
  '.x-bid-price__content',
  '[itemprop="price"]',
];
const SELLER = [
  '.x-sellercard-atf__info__about-seller',
  '[data-testid="x-sellercard-atf"] .ux-textspans--BOLD',
  '.ux-seller-section__item--seller',
  '#mbgLink',
  '.mbg-nw',
  '.si-inner .mbg a',
];
const CONDITION = [
  '.x-item-condition-text .ux-textspans',
  '.x-item-condition-value',
  '#vi-itm-cond',
  '[itemprop="itemCondition"]',
];
const IMAGE = ['#icImg', '.ux-image-carousel-item.active img', '.ux-image-carousel-item img', '[itemprop="image"]'];
/** Item-specifics labels that name the brand, in eBay's languages ("Manufacturer" for vehicles). */
const BRAND_LABEL =
  /^(brand|marke|marca|marque|merk|marka|manufacturer|hersteller|produttore|fabricant|fabricante)\s*:?$/i;
/** Parts of a title element that are not the title: translation toggles, "New listing" badges. */
const TITLE_NOISE = ['.it-sttl', '[data-mtdes]', '.it-icon-pd', '.LIGHT_HIGHLIGHT', '.x-item-title__subTitle'];

function titleOf(doc: Document): string | null {
  const el = optional(doc, TITLE);
  if (!el) return null;
  // The old page's toggle ("- mostra il titolo originale") is a nowrap span holding the link.
  const t = textOf(el, { skip: [...TITLE_NOISE, 'span[style*="nowrap"]'] });
  return clean(t.replace(/\s*[-–]\s*$/, '')) || null;
}

function brandOf(doc: Document): string | null {
  for (const label of Array.from(doc.querySelectorAll('.itemAttr td.attrLabels, .ux-labels-values__labels, dt'))) {
    if (!BRAND_LABEL.test(textOf(label))) continue;
    const value =
      label.closest('.ux-labels-values')?.querySelector('.ux-labels-values__values') ?? label.nextElementSibling;
    const v = textOf(value);
    if (v) return v;
  }
  return text(doc, ['[itemprop="brand"] [itemprop="name"]', '[itemprop="brand"]']);
}

function sellerOf(doc: Document, url: URL): Seller | null {
  const name =
    text(doc, SELLER)
      ?.replace(/\s*\(\d[\d.,]*\)(\s*\(\d[\d.,]*\))*\s*$/, '')
      .replace(/\s+\d[\d.,]*%.*$/, '') ?? null;
  if (!name) return null;
  // Only links inside the seller card: the page header links the signed-in visitor's own /usr/ page.
  const href = attr(
    doc,
    [
      '.x-sellercard-atf a[href*="/usr/"]',
      '.x-sellercard-atf__info__about-seller a',
      '#mbgLink',
      '.si-inner .mbg a[href*="/usr/"]',
      '.ux-seller-section a[href*="/usr/"]',
    ],
    'href',
  );
  const user = href ? (/\/usr\/([^/?#]+)/.exec(href)?.[1] ?? null) : null;
  const id = user ? decodeURIComponent(user) : name.split(/\s/)[0];
  return { name: name.split(/\s+/)[0] === id ? id : name, id, url: `${url.origin}/usr/${encodeURIComponent(id)}` };
}

function extractItem(doc: Document, url: URL): Extraction {
  const ctx = siteContext(url);
  const ld = jsonLdProducts(doc, url, ctx)[0] ?? null;
  const id =
    ITEM_PATH.exec(url.pathname)?.[1] ??
    text(doc, ['#descItemNumber', '.ux-layout-section__textual-display--itemId .ux-textspans--BOLD']) ??
    null;
  // The price's own currency: microdata's priceCurrency, else what the text prints ("GBP 11.19").
  const priceEl = optional(doc, PRICE);
  const microCurrency = attr(doc, '[itemprop="priceCurrency"]', 'content');
  const shown = parsePrice(textOf(priceEl), ctx);
  const micro = priceFrom(priceEl?.getAttribute('content'), microCurrency ?? shown?.currency, ctx);
  const dom = {
    source: 'dom' as const,
    title: titleOf(doc),
    price: shown && micro && shown.currency === micro.currency ? shown : (micro ?? shown),
    seller: sellerOf(doc, url),
    brand: brandOf(doc),
    condition: conditionFrom(text(doc, CONDITION)),
    image: absUrl(optional(doc, IMAGE)?.getAttribute('src'), url),
  };
  const merged = mergeDrafts(dom, ld);
  merged.listingId = id;
  merged.url = id ? `${url.origin}/itm/${id}` : null;
  if (/^(unbranded|does not apply|n\/a)$/i.test(merged.brand ?? '') && !dom.brand) merged.brand = null;
  return checkedProduct('ebay', toListing(merged));
}

export const ebayAdapter: Adapter = {
  id: 'ebay',
  name: 'eBay',
  matches: (url) => domainOf(ebayMarket, url.hostname) !== null,
  examples: [
    'https://www.ebay.com/itm/302474151804',
    'https://www.ebay.co.uk/itm/Pony-Cart-Harness/143863282131',
    'https://www.ebay.de/sch/i.html?_nkw=apple',
    'https://www.ebay.com.au/itm/123808916008?hash=item1',
  ],
  extract(doc, url) {
    if (ITEM_PATH.test(url.pathname) || optional(doc, ['#itemTitle', '.x-item-title__mainTitle']))
      return extractItem(doc, url);
    return ebayResults(doc, url) ?? { adapter: 'ebay', page: 'unknown', listings: [], missing: [] };
  },
};
