// Walmart search and browse pages: the Next.js item stacks (the results as the page's own
// scripts hold them, with the sponsored flag), else the rendered `[data-item-id]` cards.
import type { Extraction, Listing } from '../types';
import { absUrl, clean, text, textOf } from './dom';
import { findObjects } from './page-state';
import { parsePrice, priceFrom, siteContext } from './price-parse';
import { asObj as o } from './json-value';

const s = (v: unknown) => (typeof v === 'string' && v.trim() ? clean(v) : typeof v === 'number' ? String(v) : null);

function fromState(data: unknown, url: URL): Listing[] {
  const ctx = siteContext(url);
  const stacks = findObjects(data, (x, key) => key === 'itemStacks' || Array.isArray(x.items), 50).filter((x) =>
    Array.isArray(x.items),
  );
  const out: Listing[] = [];
  const seen = new Set<string>();
  for (const stack of stacks) {
    for (const raw of stack.items as unknown[]) {
      const it = o(raw);
      const id = s(it.usItemId);
      const title = s(it.name);
      if (!id || !title || seen.has(`${id}|${it.isSponsoredFlag}`)) continue;
      seen.add(`${id}|${it.isSponsoredFlag}`);
      const info = o(it.priceInfo);
      const price =
        priceFrom(o(info.currentPrice).price ?? it.price, 'USD', ctx) ??
        parsePrice(s(info.linePrice) ?? s(info.itemPrice), ctx);
      const seller = s(it.sellerName);
      out.push({
        title,
        price,
        seller: seller ? { name: seller, id: s(it.sellerId), url: null } : null,
        brand: s(it.brand),
        listingId: id,
        url: `${url.origin}/ip/${id}`,
        image: absUrl(s(o(it.imageInfo).thumbnailUrl) ?? s(it.image), url),
        condition: null,
        sponsored: it.isSponsoredFlag === true,
      });
    }
  }
  return out;
}

function fromDom(doc: Document, url: URL): Listing[] {
  const ctx = siteContext(url);
  return Array.from(doc.querySelectorAll('[data-item-id]')).flatMap((card): Listing[] => {
    const id = card.getAttribute('data-item-id');
    const title = text(card, ['[data-automation-id="product-title"]', 'span.lh-title', 'a span', 'h3']);
    if (!id || !title) return [];
    // "current price $12.99" sits in an off-screen span beside the visible split digits.
    const priceText = textOf(card.querySelector('[data-automation-id="product-price"]'), {
      visibleOnly: false,
    }).replace(/^.*?current price\s*/i, '');
    return [
      {
        title,
        price: parsePrice(priceText, ctx),
        seller: null,
        brand: null,
        listingId: id,
        url: `${url.origin}/ip/${id}`,
        image: absUrl(card.querySelector('img')?.getAttribute('src'), url),
        condition: null,
        sponsored: /\bsponsored\b/i.test(
          textOf(card.querySelector('[data-automation-id="sponsored-tag"], .sponsored-tag'), { visibleOnly: false }),
        ),
      },
    ];
  });
}

export function walmartResults(doc: Document, url: URL, data: unknown): Extraction | null {
  const listings = data ? fromState(data, url) : [];
  const found = listings.length ? listings : fromDom(doc, url);
  if (found.length) return { adapter: 'walmart', page: 'search', listings: found, missing: [] };
  return /^\/(search|browse|cp)\b/.test(url.pathname)
    ? { adapter: 'walmart', page: 'search', listings: [], missing: [] }
    : null;
}
