// What an evidence snapshot may contain: an allowlist, because the page is the seller's and the
// snapshot is opened later from disk, where anything that runs or fetches would tell the seller
// (or act as the user). Everything not named here is dropped; unknown elements (custom
// elements, <font>, <picture>) give way to their children so the text they showed is kept.

/** The snapshot's first element in <head>: nothing may run, fetch or submit, whatever got through. */
export const SNAPSHOT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

export const KEEP_ELEMENTS = new Set(
  (
    'html head body title div span p a img h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th ' +
    'caption colgroup col section article header footer nav main aside figure figcaption strong em b i u s small ' +
    'sub sup br hr wbr blockquote pre code kbd samp var mark time abbr cite q del ins dfn bdi label button form ' +
    'fieldset legend input select option optgroup textarea output progress meter details summary address center'
  ).split(' '),
);

/**
 * Dropped with everything inside: raw-text elements (their content would be written back as
 * markup), what runs or embeds, media that fetches, foreign content (SVG can animate an href),
 * and templates whose content is inert on the page but not once serialised.
 */
export const DROP_ELEMENTS = new Set(
  (
    'script style xmp noembed noframes noscript plaintext listing iframe frame frameset object embed applet ' +
    'template portal svg math video audio source track canvas map area link meta base param dialog slot'
  ).split(' '),
);

const GLOBAL_ATTRS = new Set(['class', 'id', 'title', 'lang', 'dir', 'role', 'hidden']);
const ELEMENT_ATTRS: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  col: new Set(['span']),
  ol: new Set(['start', 'reversed', 'type']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  input: new Set(['type', 'name', 'placeholder', 'disabled', 'readonly', 'size']),
  button: new Set(['disabled']),
  select: new Set(['name', 'disabled', 'multiple']),
  option: new Set(['disabled', 'label']),
  textarea: new Set(['name', 'placeholder', 'rows', 'cols']),
  label: new Set(['for']),
  progress: new Set(['value', 'max']),
  meter: new Set(['value', 'min', 'max', 'low', 'high', 'optimum']),
  details: new Set(['open']),
};

/** Whether an attribute is kept on an element (URL and style values are checked separately). */
export function keepAttribute(tag: string, name: string): boolean {
  if (name.startsWith('aria-') || (name.startsWith('data-') && name !== 'data-listing-lens')) return true;
  if (name === 'style') return true;
  return GLOBAL_ATTRS.has(name) || (ELEMENT_ATTRS[tag]?.has(name) ?? false);
}

/**
 * A link target, parsed as the browser would (the URL parser drops tabs, newlines and leading
 * control characters, so `java&#9;script:` and `&#1;javascript:` parse as javascript:), kept
 * only for web and mail addresses.
 */
export function safeHref(value: string, base: string): string | null {
  try {
    const u = new URL(value, base);
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An image the snapshot can show without fetching: an inline raster image, never SVG. */
export function inlineImage(value: string): string | null {
  return /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i.test(value.trim()) ? value.trim() : null;
}

/**
 * Inline styles stay for the layout they give, but not any way CSS has to fetch or to spell a
 * fetch in disguise (escapes, comments): such a style is dropped whole.
 */
export function safeStyle(value: string): string | null {
  return /url|image|@|\\|\/\*|expression|behavior|binding|src/i.test(value) ? null : value;
}

/** Elements Listing Lens put in the page: never part of the seller's page as evidence. */
export const isOurs = (tag: string, attrs: string[]) =>
  tag.startsWith('listing-lens') || attrs.some((a) => a === 'data-listing-lens' || a === 'data-listing-lens-badge');
