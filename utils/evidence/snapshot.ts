// The page snapshot kept as evidence: a clone of the page with everything that runs, everything
// the user typed and everything hidden taken out, so it records what was shown and nothing else.
// Pure: it never touches the live page, only a deep clone of it.
const REMOVE =
  'script, noscript, iframe, frame, frameset, object, embed, applet, template, portal, input[type="hidden" i], meta[http-equiv="refresh" i], link[rel~="import" i], link[rel~="preload" i], link[rel~="modulepreload" i], link[rel~="prefetch" i], base';
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

export function sanitizeSnapshot(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const el of [...root.querySelectorAll(REMOVE)]) el.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'nonce') el.removeAttribute(attr.name);
      else if (URL_ATTRS.includes(name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value))
        el.removeAttribute(attr.name);
    }
    const tag = el.tagName.toLowerCase();
    if (tag === 'input') {
      el.removeAttribute('value');
      el.removeAttribute('checked');
    } else if (tag === 'textarea') {
      el.textContent = '';
    } else if (tag === 'option') {
      el.removeAttribute('selected');
    } else if (tag === 'form') {
      el.removeAttribute('action');
    }
  }
  return `<!doctype html>\n${root.outerHTML}`;
}
