import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LABEL_KEYS, MARKETPLACES } from '../../../utils/labels';
import { marketplaceOf } from '../../../utils/adapters/marketplace';
import { INFRINGEMENT_TYPES } from '../../../utils/notices/infringement-types';
import { STATUSES } from '../../../utils/notices/status';
import { FORMATS } from '../../../utils/notices/types';
import { ROLES } from '../../../utils/profile';
import { readCatalogue } from '../../../scripts/catalogue';

// Every word the popup, options, onboarding and notice pages show comes from the catalogue: this parses their
// components and fails on text written into JSX, or into an attribute a person reads or hears.
const UI_DIRS = [
  'components/popup',
  'components/options',
  'components/onboarding',
  'components/shared',
  'components/notice',
  'entrypoints/notice',
  'entrypoints/popup',
  'entrypoints/options',
  'entrypoints/onboarding',
];
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'value-text',
]);
const WORDS = /[A-Za-z\u00C0-\u024F\u4E00-\u9FFF]{2,}/;
// Not language: a URL shown as an example of the format expected.
const NOT_LANGUAGE = /^https:\/\/\S+$/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsxFiles(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

/** Literal text in JSX: text children, string children in braces, and read-aloud attributes. */
function literalUiText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const where = (n: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const isText = (s: string) => WORDS.test(s) && !NOT_LANGUAGE.test(s.trim());
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && isText(n.text)) out.push(`${where(n)} text "${n.text.trim()}"`);
    if (ts.isJsxExpression(n) && n.expression && ts.isJsxElement(n.parent)) {
      const e = n.expression;
      if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && isText(e.text))
        out.push(`${where(n)} text {"${e.text}"}`);
    }
    if (ts.isJsxAttribute(n) && READ_ATTRIBUTES.has(n.name.getText(sf)) && n.initializer) {
      const init = n.initializer;
      const lit = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (lit && isText(lit.text)) out.push(`${where(n)} ${n.name.getText(sf)}="${lit.text}"`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('UI text coverage', () => {
  it('finds literal text the way it is written, so the check below can fail', () => {
    const sample = `const A = () => <p title="Hello there" aria-label={t('x')}>Hi you {'and you'} {t('k')} <a placeholder="https://a.example/p">1</a></p>;`;
    expect(literalUiText('a.tsx', sample)).toEqual([
      'a.tsx:1 title="Hello there"',
      'a.tsx:1 text "Hi you"',
      'a.tsx:1 text {"and you"}',
    ]);
  });

  it('has no literal text in the components of any extension page', () => {
    const found = UI_DIRS.flatMap((d) => tsxFiles(d).flatMap((f) => literalUiText(f, readFileSync(f, 'utf8'))));
    expect(found).toEqual([]);
  });

  it('has a label in the catalogue for every internal word the UI translates', () => {
    const en = readCatalogue('en');
    const values: [keyof typeof LABEL_KEYS, readonly string[]][] = [
      ['level', ['ok', 'watch', 'suspect']],
      ['levelMeaning', ['ok', 'watch', 'suspect']],
      ['role', ROLES],
      ['type', INFRINGEMENT_TYPES],
      ['status', STATUSES],
      ['format', FORMATS],
      ['market', MARKETPLACES],
      ['evidence', ['screenshot', 'snapshot', 'fields']],
      ['field', ['title', 'price', 'seller', 'brand', 'page']],
    ];
    const missing = values.flatMap(([kind, vs]) => vs.map((v) => LABEL_KEYS[kind](v)).filter((k) => !en[k]));
    expect(missing).toEqual([]);
  });

  it('knows every marketplace the URL rules can return', () => {
    const hosts = [
      'amazon.de',
      'ebay.co.uk',
      'aliexpress.com',
      '1688.com',
      'alibaba.com',
      'taobao.com',
      'tmall.hk',
      'walmart.ca',
      'etsy.com',
      'dhgate.com',
      'rakuten.co.jp',
      'temu.com',
      'shopee.sg',
      'mercadolivre.com.br',
    ];
    for (const h of hosts) expect(MARKETPLACES, h).toContain(marketplaceOf(new URL(`https://www.${h}/x`)));
  });
});
