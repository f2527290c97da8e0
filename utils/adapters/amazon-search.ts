// Amazon result pages: keyword search (`s-search-result` cards, the 2019 `li.s-result-item`
// list) and Best Sellers grids. Every result card counts, sponsored ones marked, so a reviewer
// sees the page as a buyer does; carousels and widgets with their own data-asin do not count.
import type { Extraction, Listing } from '../types';
import { absUrl, clean, text, textOf } from './dom';
import { amazonPrice } from './amazon-text';
import { parsePrice, siteContext, type PriceContext } from './price-parse';

const CARDS = [
  '[data-component-type="s-search-result"]',
  'li.s-result-item[data-asin]',
  'div.s-result-item[data-asin]:not([data-asin=""])',
  '[id="gridItemRoot"]',
  '.zg-item-immersion',
  '.p13n-sc-uncoverable-faceout',
];
const TITLE = [
  'h2 a span',
  'h2.a-text-normal',
  'h2 span',
  'h2',
  '[class*="p13n-sc-css-line-clamp"]',
  '.p13n-sc-truncate',
  'a.a-link-normal[title]',
];
const PRICE = ['.a-price', '.p13n-sc-price', '[class*="p13n-sc-price"]', '.s-price', '.a-color-price'];
const SPONSORED_LABEL =
  /^(sponsored|gesponsert|sponsorisé|sponsorizzato|patrocinado|patrocinados|スポンサー|gesponsord|sponsrad)\b/i;

function isSponsored(card: Element): boolean {
  if (
    /\bAdHolder\b/.test(card.className) ||
    card.querySelector(
      '.puis-sponsored-label-text, .s-sponsored-label-text, .s-sponsored-header, [data-component-type="sp-sponsored-result"]',
    )
  )
    return true;
  return Array.from(card.querySelectorAll('h5, .s-label-popover-default, .a-color-secondary')).some((e) =>
    SPONSORED_LABEL.test(textOf(e)),
  );
}

function asinOfCard(card: Element): string | null {
  const own = card.getAttribute('data-asin');
  if (own && /^[A-Z0-9]{10}$/.test(own)) return own;
  for (const a of Array.from(card.querySelectorAll('a[href*="/dp/"], [data-asin]'))) {
    const v = a.getAttribute('data-asin') ?? /\/dp\/([A-Z0-9]{10})/.exec(a.getAttribute('href') ?? '')?.[1];
    if (v && /^[A-Z0-9]{10}$/.test(v)) return v;
  }
  return null;
}

function cardPrice(card: Element, ctx: PriceContext) {
  for (const sel of PRICE) {
    for (const el of Array.from(card.querySelectorAll(sel))) {
      const p = sel === '.a-price' ? amazonPrice(el, ctx) : parsePrice(textOf(el), ctx);
      if (p) return p;
    }
  }
  // Best Sellers: "7 offers from $32.46" is a lower bound.
  const offers = Array.from(card.querySelectorAll('a, span'))
    .map((e) => textOf(e))
    .find((t) => /\boffers? from\b/i.test(t));
  return offers ? parsePrice(offers, ctx) : null;
}

function cardOf(card: Element, url: URL, ctx: PriceContext): Listing | null {
  const asin = asinOfCard(card);
  // Some layouts print the ad label into the title ("[Sponsored] ...", "Sponsored Ad - ...").
  const raw = text(card, TITLE) ?? clean(card.querySelector('img')?.getAttribute('alt'));
  const title = raw.replace(
    /^\[?(sponsored(?: ad)?|gesponsert|sponsorisé|sponsorizzato|patrocinado)\]?\s*[-–:]?\s*/i,
    '',
  );
  if (!asin || !title) return null;
  return {
    title,
    price: cardPrice(card, ctx),
    seller: null,
    brand: null,
    listingId: asin,
    url: `${url.origin}/dp/${asin}`,
    image: absUrl(card.querySelector('img.s-image, img')?.getAttribute('src'), url),
    condition: null,
    sponsored: isSponsored(card),
  };
}

/** The results on a search or Best Sellers page, or null when this is not one. */
export function amazonResults(doc: Document, url: URL): Extraction | null {
  const isResults =
    /^\/(s|b|gp\/bestsellers|gp\/new-releases)(\/|$)/.test(url.pathname) ||
    /\/(zgbs|zgnr|bestsellers)\//.test(url.pathname) ||
    url.searchParams.has('k') ||
    url.searchParams.has('field-keywords');
  const ctx = siteContext(url);
  for (const sel of CARDS) {
    const cards = Array.from(doc.querySelectorAll(sel)).filter((c) => !c.parentElement?.closest(sel));
    if (!cards.length) continue;
    if (!isResults && cards.length < 3) continue;
    const listings = cards.map((c) => cardOf(c, url, ctx)).filter((l): l is Listing => !!l);
    // A sponsored card may omit the price its organic twin (same ASIN, same offer) shows.
    for (const l of listings) l.price ??= listings.find((o) => o.listingId === l.listingId && o.price)?.price ?? null;
    if (listings.length) return { adapter: 'amazon', page: 'search', listings, missing: [] };
  }
  return isResults ? { adapter: 'amazon', page: 'search', listings: [], missing: [] } : null;
}
