// Mercado Libre / Mercado Livre (every country host). A listing is an item "MLA1234567890" (site
// prefix + number): in "articulo.…/MLA-1234567890-slug-_JM" URLs, and on catalog pages
// ("/p/MLA123") as the buy-box winner (`wid` / `item_id`), which is what a notice must name, not
// the catalog product. JSON-LD gives name, price and brand; the "Vendido por" box gives the
// seller. Prices print as separate fraction and cents spans, so they are read as parts.
import type { Listing, Price } from '../types';
import type { Adapter } from './types';
import { attr, canonicalUrl, imageUrl, optional, text, textOf } from './dom';
import { awaitingGeneral, listExtraction, orGeneric } from './extraction';
import { readResultCards } from './card-reader';
import { conditionFrom } from './listing-draft';
import { siteContext, toAmount, type PriceContext } from './price-parse';
import { domainOf } from './markets/market';
import { mercadolibreMarket } from './markets/mercadolibre';
import { checkedProduct } from './mandatory';

const HOST = /(^|\.)mercadoli(?:b|v)re\.(com\.ar|com\.mx|com\.co|cl|com\.pe|com\.uy|com\.ve|com\.ec|com\.br)$/;
const ITEM_ID = /\b(ML[ABCMUV]|MCO|MPE|MEC|MLB)-?(\d{6,})/;

const norm = (m: RegExpExecArray | null) => (m ? `${m[1]}${m[2]}` : null);

/** The item's own page ("articulo.…/MLA-123-_JM"; the slug is optional), for ids seen only on catalog pages. */
function itemUrl(id: string, host: string): string {
  const domain = host.replace(/^.*?(mercadoli[bv]re\.)/, '$1');
  const [, prefix, num] = ITEM_ID.exec(id)!;
  return `https://${domain.startsWith('mercadolivre') ? 'produto' : 'articulo'}.${domain}/${prefix}-${num}-_JM`;
}

/** The item (listing) id a URL points at: `wid`/`item_id` first (catalog pages), then the path. */
export function itemIdOf(u: URL): string | null {
  if (!HOST.test(u.hostname)) return null;
  const hash = new URLSearchParams(u.hash.replace(/^#/, ''));
  const filters = /item_id:([A-Z]{3}\d+)/.exec(u.searchParams.get('pdp_filters') ?? '')?.[1];
  for (const v of [hash.get('wid'), u.searchParams.get('item_id'), u.searchParams.get('wid'), filters])
    if (v && ITEM_ID.test(v)) return norm(ITEM_ID.exec(v));
  // Catalog product pages without a chosen item: the catalog id is the best id the URL has.
  return norm(ITEM_ID.exec(u.pathname));
}

/** "$ 1.299" + cents "90" from the andes-money-amount parts; the currency from the host. */
function moneyOf(el: Element | null, ctx: PriceContext): Price | null {
  if (!el) return null;
  const fraction = text(el, ['.andes-money-amount__fraction', '.price-tag-fraction']);
  if (!fraction) return null;
  const cents = text(el, ['.andes-money-amount__cents', '.price-tag-cents']);
  const amount = toAmount(fraction.replace(/[.,\s]/g, ''), ctx.defaultCurrency);
  if (amount == null || !ctx.defaultCurrency) return null;
  // Cars, property and imports are often priced in dollars ("US$", "U$S") on peso sites.
  const symbol = text(el, ['.andes-money-amount__currency-symbol', '.price-tag-symbol']) ?? '';
  const code =
    attr(el, ['[itemprop="priceCurrency"]'], 'content') ??
    (/^(US\$|U\$S|USD)$/i.test(symbol) ? 'USD' : ctx.defaultCurrency);
  return { amount: cents ? amount + Number(cents) / 10 ** cents.length : amount, currency: code };
}

const CURRENT = [
  '.ui-pdp-price__second-line .andes-money-amount',
  '.poly-price__current .andes-money-amount',
  '.ui-search-price__second-line .andes-money-amount',
  '.andes-money-amount:not(.andes-money-amount--previous)',
  '.price-tag:not(.price-tag__disabled)',
];

function sellerOf(doc: Document, base: URL) {
  const link = optional(doc, [
    '.ui-pdp-seller__link-trigger',
    '.ui-pdp-seller__header__title a',
    '[class*="ui-pdp-seller"] a[href*="perfil"]',
    '[class*="seller-info"] a',
  ]);
  const label = text(doc, [
    '.ui-pdp-seller__header__title',
    '.ui-seller-data-header__title',
    '.ui-pdp-seller__label-sold',
  ]);
  const name =
    (link ? textOf(link) : label?.replace(/^(vendido por|vendida por|tienda oficial|loja oficial)\s*/i, '')) || null;
  return name
    ? {
        name: name.replace(/^(vendido por|vendida por)\s*/i, ''),
        id: null,
        url: canonicalUrl(link?.getAttribute('href'), base, []),
      }
    : null;
}

/** The id a result link's path names: a catalog product ("/p/MLM63192040"), a user product ("/up/MLMU34…"), an item. */
function pathIdOf(u: URL): string | null {
  // Ads link through a click tracker that carries the listing's URL in its `url` parameter.
  const target = /^click\d*\./.test(u.hostname) ? u.searchParams.get('url') : null;
  if (target) return URL.canParse(target) ? pathIdOf(new URL(target)) : null;
  if (!HOST.test(u.hostname)) return null;
  const up = /\/up\/([A-Z]{3}U\d{6,})/.exec(u.pathname)?.[1];
  return up ?? norm(ITEM_ID.exec(u.pathname));
}

function results(doc: Document, url: URL, ctx: PriceContext): Listing[] {
  return readResultCards(doc, url, {
    ctx,
    idOf: pathIdOf,
    urlOf: (_id, _base, link) => {
      const target = /^click\d*\./.test(link.hostname) ? new URL(link.searchParams.get('url')!) : link;
      return canonicalUrl(`${target.origin}${target.pathname}`, url) ?? target.href;
    },
    title: ['.poly-component__title', '.ui-search-item__title', 'h2', 'h3'],
    priceOf: (card) => moneyOf(optional(card, CURRENT), ctx),
    brand: ['.poly-component__brand'],
    seller: ['.poly-component__seller', '.ui-search-official-store-label'],
    // Paid placements carry a "Publicidad"/"Patrocinado" label and go through click1.* trackers.
    sponsored: [
      '.poly-component__ads-promotions',
      '.ui-search-item__ad-label',
      '[class*="ad-label"]',
      'a[href*="//click1."]',
    ],
  });
}

export const mercadolibreAdapter: Adapter = {
  id: 'mercadolibre',
  name: 'Mercado Libre',
  matches: (url) => domainOf(mercadolibreMarket, url.hostname) !== null,
  examples: [
    'https://articulo.mercadolibre.com.ar/MLA-1234567890-zapatillas-urbanas-_JM',
    'https://www.mercadolibre.com.mx/reloj-deportivo/p/MLM12345678',
    'https://produto.mercadolivre.com.br/MLB-2345678901-tenis-corrida-_JM',
    'https://listado.mercadolibre.com.ar/zapatillas',
  ],
  extract(doc, url, general) {
    const ctx = siteContext(url);
    // The buy box's item: on catalog ("/p/") and user-product ("/up/MLAU…") pages it is the listing.
    const boxItem = attr(doc, ['input[name="item_id"]'], 'value');
    const box = boxItem && ITEM_ID.test(boxItem) ? norm(ITEM_ID.exec(boxItem)) : null;
    const id = itemIdOf(url) ?? box;
    if (!id) return orGeneric(listExtraction('mercadolibre', results(doc, url, ctx)), doc, url, general);
    if (!general) return awaitingGeneral('mercadolibre');
    const out = general(doc, url, 'mercadolibre');
    // Without structured data the buy box alone still describes the listing.
    const l: Listing = out.listings[0] ?? {
      title: '',
      price: null,
      seller: null,
      brand: null,
      listingId: id,
      url: null,
      image: null,
      condition: null,
      sponsored: null,
    };
    const listingId = box && /\/(p|up)\//.test(url.pathname) ? box : id;
    const condition =
      l.condition ?? conditionFrom(text(doc, ['.ui-pdp-subtitle', '.ui-pdp-header__subtitle'])?.split('|')[0]);
    const listing: Listing = {
      ...l,
      title: text(doc, ['h1.ui-pdp-title']) ?? l.title,
      image: l.image ?? imageUrl(doc.querySelector('.ui-pdp-gallery img, figure.ui-pdp-gallery__figure img'), url),
      // The buy box's price is the offer the buyer sees; catalog JSON-LD may carry another seller's.
      price: moneyOf(optional(doc, CURRENT), ctx) ?? l.price,
      seller: sellerOf(doc, url) ?? l.seller,
      listingId,
      condition,
      url:
        listingId === norm(ITEM_ID.exec(url.pathname))
          ? canonicalUrl(`${url.origin}${url.pathname}`, url)
          : itemUrl(listingId, url.hostname),
    };
    return checkedProduct('mercadolibre', listing);
  },
};
