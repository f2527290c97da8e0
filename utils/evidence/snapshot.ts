import { stripTracking } from '../url-tracking';
import {
  DROP_ELEMENTS,
  KEEP_ELEMENTS,
  SNAPSHOT_CSP,
  inlineImage,
  isOurs,
  keepAttribute,
  safeHref,
  safeStyle,
} from './snapshot-policy';

// The page snapshot kept as evidence: what the page showed, written out afresh from an allowlist
// (snapshot-policy.ts) rather than cleaned in place, so nothing the sanitiser does not know can
// come back live. Nothing the user typed is kept. Pure: it reads the live page and never changes it.
//
// The page is hostile: a <form> with inputs named `attributes`, `tagName` or `firstChild` shadows
// those properties on the form, so every DOM read goes through the prototype's own getter.

type Getter = (this: unknown) => unknown;
function protoGetter(obj: object, name: string): Getter {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as Getter;
    if (typeof d?.value === 'function') return d.value as Getter;
  }
  throw new Error(`no ${name} on the DOM prototype`);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const VOID = new Set(['br', 'hr', 'wbr', 'img', 'input', 'col']);
const MAX_DEPTH = 400;

/** The snapshot of `doc` as a standalone HTML file; `pageUrl` is where it was shown. */
export function sanitizeSnapshot(doc: Document, pageUrl = doc.URL): string {
  const probe = doc.createElement('div');
  const dom = {
    nodeType: protoGetter(probe, 'nodeType'),
    firstChild: protoGetter(probe, 'firstChild'),
    nextSibling: protoGetter(probe, 'nextSibling'),
    localName: protoGetter(probe, 'localName'),
    names: protoGetter(probe, 'getAttributeNames') as (this: unknown) => string[],
    attr: protoGetter(probe, 'getAttribute') as (this: unknown, n: string) => string | null,
    data: protoGetter(doc.createTextNode(''), 'data'),
  };
  const out: string[] = [];

  function attributes(el: Node, tag: string, names: string[]): string {
    let s = '';
    for (const raw of names) {
      const name = raw.toLowerCase();
      if (!keepAttribute(tag, name)) continue;
      let value = dom.attr.call(el, raw) ?? '';
      if (name === 'href') value = safeHref(value, pageUrl) ?? '';
      else if (name === 'style') value = safeStyle(value) ?? '';
      else if (name === 'src') {
        const inline = inlineImage(value);
        const remote = inline ? null : safeHref(value, pageUrl);
        // A remote image is named, never fetched: the URL stays as evidence in an inert attribute.
        if (remote) s += ` data-original-src="${escapeAttr(remote)}"`;
        value = inline ?? '';
      }
      if (value === '' && (name === 'href' || name === 'src' || name === 'style')) continue;
      s += ` ${name}="${escapeAttr(value)}"`;
    }
    if (tag === 'a') s += ' rel="noreferrer noopener"';
    return s;
  }

  const children = (node: Node) => {
    const list: Node[] = [];
    for (let c = dom.firstChild.call(node) as Node | null; c; c = dom.nextSibling.call(c) as Node | null) list.push(c);
    return list;
  };

  function visit(c: Node, depth: number): void {
    const type = dom.nodeType.call(c);
    if (type === 3) {
      out.push(escapeText(String(dom.data.call(c) ?? '')));
      return;
    }
    if (type !== 1) return;
    const tag = String(dom.localName.call(c)).toLowerCase();
    const names = dom.names.call(c);
    if (DROP_ELEMENTS.has(tag) || isOurs(tag, names) || depth > MAX_DEPTH) return;
    if (tag === 'input' && (dom.attr.call(c, 'type') ?? '').toLowerCase() === 'hidden') return;
    if (!KEEP_ELEMENTS.has(tag) || tag === 'html' || tag === 'head' || tag === 'body') {
      for (const k of children(c)) visit(k, depth + 1); // unknown elements give way to their children
      return;
    }
    out.push(`<${tag}${attributes(c, tag, names)}>`);
    if (VOID.has(tag)) return;
    // What the user typed is not the seller's page: a textarea is written empty.
    if (tag !== 'textarea') for (const k of children(c)) visit(k, depth + 1);
    out.push(`</${tag}>`);
  }

  const source = stripTracking(pageUrl) ?? '';
  const head: string[] = [];
  const body: string[] = [];
  for (const c of children(doc.documentElement)) {
    out.length = 0;
    visit(c, 0);
    // Whitespace and comments sit between <head> and <body> too: only an element has a local name.
    const isHead = dom.nodeType.call(c) === 1 && String(dom.localName.call(c)) === 'head';
    (isHead ? head : body).push(...out);
  }
  return [
    '<!doctype html>\n<html><head>',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(SNAPSHOT_CSP)}">`,
    '<meta charset="utf-8"><meta name="referrer" content="no-referrer">',
    `<meta name="listing-lens-source" content="${escapeAttr(source)}">`,
    ...head,
    '</head><body>',
    ...body,
    '</body></html>\n',
  ].join('');
}
