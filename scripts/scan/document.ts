// A DOM for a saved page in Node, with linkedom: no scripts run, nothing is fetched. Chosen over
// happy-dom for batch speed (a 1.5 MB marketplace page parses several times faster, and nothing
// outlives the page); the e2e parity test checks that Chromium reads the same listings from it.
// Imported lazily by the scanner so `--help` and non-HTML files do not pay for it.
import { DOMParser } from 'linkedom';

export interface ParsedPage {
  doc: Document;
  close(): void;
}

/** Inline SVG is never read by an adapter and is a large share of today's pages: parse it empty. */
function withoutSvg(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '<svg></svg>');
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

export function parseHtml(html: string, _url: string): ParsedPage {
  const text = withoutSvg(html);
  let doc = parse(text);
  // A browser gives every page <html>, <head> and <body>; linkedom builds none for a fragment or a
  // page cut before its <html> tag, so such a page is parsed again inside them.
  if (!doc.documentElement || !doc.body) doc = parse(`<!doctype html><html><head></head><body>${text}</body></html>`);
  return { doc, close: () => undefined };
}
