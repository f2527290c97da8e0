// eBay result pages: the `li.s-item` list (to 2024) and the newer `li.s-card` grid. The
// first card of the old layout is a hidden "Shop on eBay" template with a fake item id.
import type { Extraction, Listing, Seller } from '../types';
import { cardSeller } from './card-fields';
import { absUrl, clean, textOf } from './dom';
import { conditionFrom } from './listing-draft';
import { parsePrice, siteContext } from './price-parse';

const CARDS = [
  'ul.srp-results > li.s-item',
  'ul.srp-results > li.s-card',
  'li.s-card[data-listingid]',
  '.srp-river-results li.s-item',
  'li.s-item',
];
const TITLE = ['.s-item__title', '.s-card__title', 'h3', '[role="heading"]'];
const PRICE = ['.s-item__price', '.s-card__price', '[class*="price"]'];
const NOISE = ['.LIGHT_HIGHLIGHT', '.s-item__title--tag', '.clipped', '.s-card__new-listing'];
const SPONSORED = /^(sponsored|gesponsert|sponsorisé|sponsorizzato|patrocinado)$/i;

function itemId(card: Element): string | null {
  const own = card.getAttribute('data-listingid');
  if (own && /^\d{9,15}$/.test(own)) return own;
  const href = card.querySelector('a.s-item__link, a.su-link, a[href*="/itm/"]')?.getAttribute('href') ?? '';
  return /\/itm\/(?:[^/?]+\/)?(\d{9,15})/.exec(href)?.[1] ?? null;
}

function sellerOn(card: Element, url: URL): Seller | null {
  const s = cardSeller(card, url, ['.s-item__seller-info-text', '.s-card__seller-info']);
  return s?.name ? { name: s.name, id: s.name, url: `${url.origin}/usr/${encodeURIComponent(s.name)}` } : null;
}

function cardOf(card: Element, url: URL): Listing | null {
  const id = itemId(card);
  const titleEl = TITLE.map((s) => card.querySelector(s)).find(Boolean) ?? null;
  const title = clean(textOf(titleEl, { skip: NOISE }));
  if (!id || !title || /^shop on ebay$/i.test(title)) return null;
  const priceEl = PRICE.map((s) => card.querySelector(s)).find(Boolean) ?? null;
  const labels = Array.from(card.querySelectorAll('span, div'))
    .filter((e) => e.children.length === 0)
    .map((e) => textOf(e, { visibleOnly: false }));
  return {
    title,
    price: parsePrice(textOf(priceEl), siteContext(url)),
    // The member name is eBay's seller id: a blocked seller matches on results pages too.
    seller: sellerOn(card, url),
    brand: null,
    listingId: id,
    url: `${url.origin}/itm/${id}`,
    image: absUrl(
      card.querySelector('img')?.getAttribute('src') ?? card.querySelector('img')?.getAttribute('data-src'),
      url,
    ),
    condition: conditionFrom(textOf(card.querySelector('.SECONDARY_INFO, .s-card__subtitle'))),
    sponsored: labels.some((t) => SPONSORED.test(t)),
  };
}

export function ebayResults(doc: Document, url: URL): Extraction | null {
  for (const sel of CARDS) {
    const listings = Array.from(doc.querySelectorAll(sel))
      .map((c) => cardOf(c, url))
      .filter((l): l is Listing => !!l);
    if (listings.length) return { adapter: 'ebay', page: 'search', listings, missing: [] };
  }
  return /^\/(sch|b)\//.test(url.pathname) ? { adapter: 'ebay', page: 'search', listings: [], missing: [] } : null;
}
