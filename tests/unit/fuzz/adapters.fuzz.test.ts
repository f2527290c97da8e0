// Random and mutated pages at every adapter: each answers with an Extraction the background's
// schema accepts (a page it cannot read says so in `missing`); never a throw, never a hang. Pages are the fixture cases cut, doubled and salted with hostile fragments, and pages
// generated from scratch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/adapters/generic';
import { ALL_ADAPTERS } from '../../../utils/adapters/registry';
import { prepareExtraction } from '../../../utils/content/prepare';
import { extractionSchema } from '../../../utils/messages';
import { parseHtml, type ParsedPage } from '../../../scripts/scan/document';
import { listCases } from '../adapters/fixture-cases';

const SALT = [
  '<script type="application/ld+json">{"@type":"Product","name":123,"offers":{"price":"NaN","priceCurrency":7}}</script>',
  '<script type="application/ld+json">{"@graph":null}</script>',
  '<script type="application/ld+json">{"@type":["Product"],"name":{"x":1},"offers":[null,{"price":-1}]}</script>',
  '<script type="application/ld+json">{broken</script>',
  '<script>window.__INITIAL_STATE__={"item":{"title":null,"price":{}}}</script>',
  '<meta property="og:title" content=""><meta property="product:price:amount" content="1e309">',
  '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name"></span><span itemprop="price">¥-5</span></div>',
  '<span id="productTitle"></span><span class="a-price"><span class="a-offscreen">$</span></span>',
  `<h1>${'x'.repeat(5_000)}</h1>`,
  `${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}`,
  '<a href="javascript:alert(1)" data-asin="B0FUZZ0001"><img src="x" alt="Bose"></a>',
  '<div data-listing-id="\u202e1234"><h2>\u0000\u200b</h2><span class="price">US $1,2,3.4.5</span></div>',
  '<form><input name="attributes"><input name="tagName"><input name="querySelector"></form>',
];

type Mutation = { kind: 'cut' | 'double' | 'salt'; at: number; len: number; salt: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('cut', 'double', 'salt'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 1, max: 4_000 }),
  salt: fc.nat(SALT.length - 1),
});

function mutate(html: string, ms: Mutation[]): string {
  let s = html;
  for (const m of ms) {
    const at = Math.floor(m.at * s.length);
    if (m.kind === 'cut') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.kind === 'double') s = s.slice(0, at + m.len) + s.slice(at, at + m.len) + s.slice(at + m.len);
    else s = s.slice(0, at) + SALT[m.salt] + s.slice(at);
  }
  return s;
}

const pages: ParsedPage[] = [];
afterAll(() => {
  for (const p of pages) p.close();
});

/** The content script's contract: an Extraction the router accepts. */
function check(adapterId: string, html: string, url: string): void {
  const adapter = ALL_ADAPTERS.find((a) => a.id === adapterId)!;
  const page = parseHtml(html, url);
  pages.push(page);
  // Before and after the general readers are loaded into the tab.
  const extractions: ReturnType<typeof adapter.extract>[] = [];
  try {
    extractions.push(adapter.extract(page.doc, new URL(url), null));
    extractions.push(adapter.extract(page.doc, new URL(url), extractGeneric));
  } finally {
    page.close();
  }
  for (const extraction of extractions) {
    const sent = extractionSchema.safeParse(prepareExtraction(extraction));
    expect(sent.success, `${adapterId}: ${sent.error?.issues[0]?.message}`).toBe(true);
  }
}

const cases = listCases();

describe('fuzz: mutated fixture pages at every adapter', () => {
  for (const adapter of ALL_ADAPTERS) {
    const mine = cases.filter((c) => adapterForCase(c.info.url) === adapter.id);
    if (!mine.length) continue;
    it(`${adapter.id}: ${mine.length} case(s)`, () => {
      const htmls = mine.map((c) => ({ url: c.info.url, html: readFileSync(join(c.dir, 'page.html'), 'latin1') }));
      fc.assert(
        fc.property(fc.nat(htmls.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (i, ms) => {
          check(adapter.id, mutate(htmls[i].html, ms), htmls[i].url);
        }),
        { numRuns: 8 },
      );
    });
  }
});

function adapterForCase(url: string): string {
  const u = new URL(url);
  return (ALL_ADAPTERS.find((a) => a.id !== 'generic' && a.matches(u)) ?? ALL_ADAPTERS.at(-1)!).id;
}

const tag = fc.constantFrom('div', 'span', 'h1', 'a', 'li', 'meta', 'img', 'script', 'table', 'td', 'p');
const attr = fc.constantFrom(
  'class="price"',
  'id="productTitle"',
  'itemprop="name"',
  'itemprop="price" content="12.5"',
  'data-asin="B0FUZZ0002"',
  'data-listing-id="9"',
  'type="application/ld+json"',
  'href="/itm/123456789012"',
  '',
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Bose QC45', '$19.99', '¥1,234', '{"@type":"Product"}'),
);
const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc
      .tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, a, kids]) => `<${t} ${a}>${(kids as string[]).join('')}</${t}>`),
  ),
})).node as fc.Arbitrary<string>;

describe('fuzz: generated pages at every adapter', () => {
  it('every adapter answers every generated page', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (parts) => {
        const html = `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`;
        for (const a of ALL_ADAPTERS) check(a.id, html, a.examples[0] ?? 'https://shop.example/products/x');
      }),
      { numRuns: 15 },
    );
  });
});
