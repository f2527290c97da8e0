// Selector and text helpers shared by every adapter. Adapters are mostly data (ordered
// selector lists, most likely first); these functions turn that data into values.
// Everything here is pure and works on any DOM (the browser's or happy-dom's).

export type Selectors = string | readonly string[];

const list = (s: Selectors): readonly string[] => (typeof s === 'string' ? [s] : s);

/** First element matching the first selector (in list order) that matches anything; null if none. */
export function optional(root: ParentNode, selectors: Selectors): Element | null {
  for (const sel of list(selectors)) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An unsupported selector in one engine must not hide the others.
    }
  }
  return null;
}

/** All elements matched by the first selector that matches anything. */
export function all(root: ParentNode, selectors: Selectors): Element[] {
  for (const sel of list(selectors)) {
    try {
      const found = root.querySelectorAll(sel);
      if (found.length) return Array.from(found);
    } catch {
      /* see optional() */
    }
  }
  return [];
}

/** Collapse whitespace (incl. NBSP, thin and zero-width spaces) and trim; '' for nothing. */
export function clean(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Text nodes under these never show: scripts, styles, templates. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
/**
 * Classes marketplaces use for text only screen readers get (eBay's "Details about" prefix sits in
 * `g-hdn`, Amazon repeats prices in `a-offscreen`). A buyer does not read them as part of a title.
 */
const HIDDEN_CLASSES = [
  'g-hdn',
  'a-offscreen',
  'clipped',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'u-hide',
  'a-popover-preload',
];

export function isHidden(el: Element, ariaHiddenShows = false): boolean {
  if (el.hasAttribute('hidden') || (!ariaHiddenShows && el.getAttribute('aria-hidden') === 'true')) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const cls = el.classList;
  return HIDDEN_CLASSES.some((c) => cls?.contains(c));
}

export interface TextOptions {
  /** Skip hidden elements (see isHidden). Default true. */
  visibleOnly?: boolean;
  /** Extra selectors whose text to leave out (struck prices, labels...). */
  skip?: readonly string[];
  /** Read aria-hidden text as shown (it is, on screen: split prices hide their parts from screen readers). */
  ariaHiddenShows?: boolean;
}

/** The element's text as a reader sees it: no scripts, hidden parts left out, whitespace collapsed. */
export function textOf(el: Element | null, opts: TextOptions = {}): string {
  if (!el) return '';
  const visibleOnly = opts.visibleOnly ?? true;
  const skip = opts.skip ?? [];
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (NEVER_TEXT.has(e.tagName)) continue;
        if (visibleOnly && isHidden(e, opts.ariaHiddenShows)) continue;
        if (skip.length && skip.some((s) => safeMatches(e, s))) continue;
        // Block boundaries separate words that the markup runs together.
        if (e.tagName === 'BR' || e.tagName === 'DIV' || e.tagName === 'P' || e.tagName === 'LI') parts.push(' ');
        walk(e);
      }
    }
  };
  walk(el);
  return clean(parts.join(''));
}

function safeMatches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false;
  }
}

/**
 * The first non-empty value `read` gives for the elements of each selector in turn (most likely
 * selector first); null if none gives one. A selector the engine cannot parse is skipped.
 */
function firstValue(root: ParentNode, selectors: Selectors, read: (el: Element) => string): string | null {
  for (const sel of list(selectors)) {
    let found: Element[] = [];
    try {
      found = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of found) {
      const v = read(el);
      if (v) return v;
    }
  }
  return null;
}

/** Text of the first selector whose element has non-empty text; null if none does. */
export function text(root: ParentNode, selectors: Selectors, opts?: TextOptions): string | null {
  return firstValue(root, selectors, (el) => textOf(el, opts));
}

/** Attribute of the first matching element that has it non-empty. */
export function attr(root: ParentNode, selectors: Selectors, name: string): string | null {
  return firstValue(root, selectors, (el) => clean(el.getAttribute(name)));
}

/** `content` of a <meta> by property/name/itemprop, case-insensitively (old pages write Property=). */
export function meta(doc: ParentNode, key: string): string | null {
  const k = key.toLowerCase();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    for (const a of ['property', 'name', 'itemprop']) {
      if ((m.getAttribute(a) ?? '').toLowerCase() === k) {
        const v = clean(m.getAttribute('content'));
        if (v) return v;
      }
    }
  }
  return null;
}

/** Absolute http(s) URL for href against base; protocol-relative URLs get https. Null if unusable. */
export function absUrl(href: string | null | undefined, base: URL | string): string | null {
  const h = clean(href);
  if (!h || h.startsWith('javascript:') || h.startsWith('data:') || h === '#') return null;
  try {
    const u = new URL(h.startsWith('//') ? `https:${h}` : h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Query parameters that only track the visit; never part of a listing's identity. */
const TRACKING =
  /^(utm_.*|ref|ref_|_trkparms|_trksid|hash|spm|scm|pf_rd_.*|pd_rd_.*|qid|sr|keywords|crid|sprefix|dib|dib_tag|psc|th|smid|tag|linkcode|ascsubtag|gclid|fbclid|msclkid|mkevt|mkcid|mkrid|campid|toolid|customid|algo|ao|amdata|epid|hash|_from|from|clickid|show-uid|src|sourceid|athcpid|athpgid|athznid|athieid|athena|adsredirect|wl13|gclsrc|mc_.*|_ga|_gl|ga_.*|pvid|sid|session.*|trk.*)$/i;

/** The URL with fragment and tracking parameters removed (the form that goes into a notice). */
export function canonicalUrl(
  href: string | null | undefined,
  base: URL | string,
  keep?: readonly string[],
): string | null {
  const abs = absUrl(href, base);
  if (!abs) return null;
  const u = new URL(abs);
  u.hash = '';
  for (const k of Array.from(u.searchParams.keys())) {
    if (keep ? !keep.includes(k) : TRACKING.test(k)) u.searchParams.delete(k);
  }
  return u.href;
}

/** Image URL from the usual lazy-loading attributes, most specific first. */
export function imageUrl(el: Element | null, base: URL | string): string | null {
  if (!el) return null;
  for (const a of [
    'data-old-hires',
    'data-zoom-image',
    'data-src',
    'data-lazy-src',
    'data-original',
    'src',
    'content',
    'href',
  ]) {
    const v = el.getAttribute(a);
    if (v && !v.startsWith('data:')) return absUrl(v, base);
  }
  const srcset = el.getAttribute('srcset') ?? el.getAttribute('data-srcset');
  return srcset ? absUrl(srcset.split(',')[0].trim().split(/\s+/)[0], base) : null;
}

/** Parse JSON without throwing; null on failure. */
export function parseJson(s: string | null | undefined): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** Length of an element's text with whitespace collapsed: pretty-printed pages indent every span. */
export function textLength(el: Element): number {
  const t = el.textContent ?? '';
  // Past a few thousand characters the exact figure no longer matters to any caller.
  return t.length < 80 ? t.trim().length : t.length > 4000 ? t.length : clean(t).length;
}
