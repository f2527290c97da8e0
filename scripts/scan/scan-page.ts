// One saved page in, one scan result out: decode, parse, pick the adapter, extract, score.
// The same adapters run here as in the extension's content script.
import type { Extraction, Listing, Verdict } from '../../utils/types';
import { ALL_ADAPTERS } from '../../utils/adapters/registry';
import { extractPage } from '../../utils/adapters/extract-page';
import { canonicalUrl, meta } from '../../utils/adapters/dom';
import { marketplaceOf } from '../../utils/adapters/marketplace';
import { decodeHtml, looksLikeHtml } from './decode';
import { parseHtml } from './document';

export interface ScanResult {
  file: string;
  url: string;
  adapter: string;
  page: Extraction['page'];
  listings: Listing[];
  verdicts: Verdict[];
  missing: string[];
  charset: string;
}

export type Scorer = (listings: Listing[], marketplace: string) => Verdict[];

/** A page we could not read, with the sentence to show for it. */
export class ScanError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScanError';
  }
}

/** The address the page says it has: canonical link, else og:url. */
function pageUrl(doc: Document): string | null {
  const og = meta(doc, 'og:url');
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  // A relative canonical ("/ip/...") needs an absolute base: og:url is the only one a saved page keeps.
  for (const [href, base] of [
    [canonical, og],
    [og, null],
    [canonical, null],
  ] as const) {
    if (!href) continue;
    const abs = canonicalUrl(href, base ?? 'https://invalid.example/');
    if (abs && !abs.startsWith('https://invalid.example/')) return abs;
  }
  return null;
}

export function scanBytes(
  file: string,
  bytes: Uint8Array,
  opts: { url?: string; charset?: string; score?: Scorer; genericOnly?: boolean } = {},
): ScanResult {
  const { text, charset } = decodeHtml(bytes, opts.charset);
  if (!looksLikeHtml(text)) throw new ScanError(file, 'not an HTML page (no <html>, <head> or <body> near the start)');
  const page = parseHtml(text, opts.url ?? 'https://invalid.example/');
  try {
    const address = opts.url ?? pageUrl(page.doc);
    if (!address || address.startsWith('https://invalid.example/'))
      throw new ScanError(file, 'no URL: the page has no canonical link or og:url; pass --url');
    const url = new URL(address);
    const ex = extractPage(page.doc, url, { genericOnly: opts.genericOnly });
    if (!ex.listings.length) {
      throw new ScanError(
        file,
        `no listings found by ${ex.adapter === 'generic' ? 'any adapter' : `the ${ex.adapter} adapter or the generic one`} (${ALL_ADAPTERS.length} adapters)`,
      );
    }
    const marketplace = marketplaceOf(url) ?? ex.adapter.split('+')[0];
    return {
      file,
      url: url.href,
      adapter: ex.adapter,
      page: ex.page,
      listings: ex.listings,
      verdicts: opts.score ? opts.score(ex.listings, marketplace) : [],
      missing: ex.missing,
      charset,
    };
  } finally {
    page.close();
  }
}
