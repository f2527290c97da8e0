// Readers for the state Alibaba-group pages (AliExpress, Alibaba.com, 1688, Taobao, Tmall) embed
// in inline scripts. Their state is rarely a clean JSON script: AliExpress writes
// `window.runParams = { data: {...}, csrfToken: '...' }` (JSON inside a JS object literal) and
// Taobao/Tmall write `g_config = { itemId: '1', shopName: '\u6021...' }` (unquoted keys, single
// quotes), so generic JSON readers miss them. These stay pure string work on the document.
import { parseJson } from './dom';
import { balancedJson } from './page-state';
import { isObj } from './json-value';

/** Text of every inline script, in page order (external scripts carry no page data). */
export function inlineScripts(doc: ParentNode): string[] {
  return Array.from(doc.querySelectorAll('script'))
    .filter((s) => !s.getAttribute('src'))
    .map((s) => s.textContent ?? '')
    .filter((t) => t.trim());
}

/** The JSON value that starts right after the first match of `lead` in any inline script. */
export function jsonAfter(doc: ParentNode, lead: RegExp): unknown {
  for (const body of inlineScripts(doc)) {
    const m = lead.exec(body);
    if (!m) continue;
    const data = parseJson(balancedJson(body, (m.index ?? 0) + m[0].length));
    if (data != null) return data;
  }
  return null;
}

/** JS string-literal escapes (\uXXXX, \xXX, \/, \') to text. */
function unescapeJs(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === 'n' ? '\n' : e === 't' ? '\t' : e,
  );
}

/**
 * The first `key: 'value'` / `key:"value"` / `"key": "value"` / `var key = "value"` (or a bare number) in the inline
 * scripts, optionally only inside the object that follows `within` (e.g. /g_config\s*=/).
 */
export function jsField(doc: ParentNode, key: string, within?: RegExp): string | null {
  const re = new RegExp(
    `(?:^|[\\s{,;])["']?${key}["']?\\s*[:=]\\s*(?:"((?:\\\\.|[^"\\\\])*)"|'((?:\\\\.|[^'\\\\])*)'|(-?\\d+(?:\\.\\d+)?))`,
  );
  for (const body of inlineScripts(doc)) {
    let scope = body;
    if (within) {
      const m = within.exec(body);
      if (!m) continue;
      scope = balancedJson(body, (m.index ?? 0) + m[0].length) ?? body.slice(m.index ?? 0);
    }
    const hit = re.exec(scope);
    if (hit) {
      const v = unescapeJs(hit[1] ?? hit[2] ?? hit[3] ?? '').trim();
      if (v) return v;
    }
  }
  return null;
}

/** Walk a path of keys; undefined steps give null. */
export function at(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v;
  for (const k of path) {
    if (cur == null || typeof cur !== 'object') return null;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur ?? null;
}
/** A non-empty string (or number as string) or null. */
export const s = (v: unknown): string | null =>
  typeof v === 'string' ? v.trim() || null : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;

/**
 * The value of a named attribute in Alibaba-style property lists
 * (`[{attrName: 'Brand Name', attrValue: 'X'}]`, AliExpress `attrNameId: 2` is brand in every locale).
 */
export function attrValue(props: unknown, names: RegExp, ids: number[] = []): string | null {
  if (!Array.isArray(props)) return null;
  for (const p of props) {
    if (!isObj(p)) continue;
    const name = s(p.attrName) ?? s(p.name) ?? '';
    if (names.test(name) || ids.includes(Number(p.attrNameId))) {
      const v = s(p.attrValue) ?? s(p.value);
      if (v) return v;
    }
  }
  return null;
}
