import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Sentences the background and the shared modules write reach the user too: in replies the popup, options
// and notice pages show (errors, results, pre-send checks). This parses those modules and fails on an
// English sentence written as a literal, which would reach a Chinese browser in English; they go through t().
const SCANNED = [
  'utils/background',
  'utils/cases',
  'utils/evidence',
  'utils/packs',
  'utils/notices',
  'utils/messaging.ts',
  'utils/storage-health.ts',
  'utils/popup-state.ts',
  'utils/profile.ts',
];

// Notices go to a platform in the language of the notice, not of the browser (the golden files hold
// them): in these modules only the problems they report to the user (`message`, `error`, `why`) are UI.
const NOTICE_TEXT = [
  'utils/notices/formats/',
  'utils/notices/declarations.ts',
  'utils/notices/reason-text.ts',
  'utils/notices/infringement-types.ts',
  'utils/notices/eml.ts',
];
const UI_PROPERTIES = new Set(['message', 'error', 'why']);

// Literals that are sentences but never reach the UI, each with the reason.
const NOT_UI: { file: string; text: RegExp; why: string }[] = [
  {
    file: 'utils/packs/sign.ts',
    text: /./,
    why: 'signing is the publisher tool (npm run rules), never bundled; its users read English',
  },
  {
    file: 'utils/background/send-to-tab.ts',
    text: /^The page answered .* out of shape\.$/,
    why: 'thrown for the service worker log; every caller catches it and says something of its own',
  },
  {
    file: 'utils/background/snapshot.ts',
    text: /^The page answered the snapshot out of shape\.$/,
    why: 'caught by the capture, which reports a translated "snapshot not taken"',
  },
  {
    file: 'utils/packs/schema.ts',
    text: /^URL must use https$/,
    why: 'pack-format detail for the pack publisher, after the translated bg_pack_bad_format sentence',
  },
];

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((f) => sourceFiles(join(path, f)).filter((p) => /\.tsx?$/.test(p)));
}

/** Three or more words that start with a capital letter or end like a sentence: "The pack …", "… is empty." */
function isSentence(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w));
  if (words.length < 3) return false;
  const first = /[A-Za-z]/.exec(text)?.[0] ?? '';
  return first === first.toUpperCase() || /[.:!?]$/.test(text.trim());
}

/** The fixed text of a string literal or template (each substitution stands as …), or null. */
function literalText(n: ts.Node): string | null {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `…${s.literal.text}`).join('');
  return null;
}

/** The property a literal is the value of (`message: '…'`), if any, looking through ternaries and templates. */
function propertyOf(n: ts.Node): string | null {
  let p = n.parent;
  while (p && (ts.isConditionalExpression(p) || ts.isParenthesizedExpression(p) || ts.isTemplateSpan(p)))
    p = ts.isTemplateSpan(p) ? p.parent.parent : p.parent;
  return p && ts.isPropertyAssignment(p) ? p.name.getText() : null;
}

/** Every sentence literal in a module that could reach the UI, as `file:line "text"`. */
function sentenceLiterals(file: string, source: string): { at: string; text: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const noticeText = NOTICE_TEXT.some((n) => file.startsWith(n));
  const out: { at: string; text: string }[] = [];
  const visit = (n: ts.Node) => {
    // The service worker's log is for developers.
    if (ts.isCallExpression(n) && n.expression.getText(sf).startsWith('console.')) return;
    const text = literalText(n);
    if (text !== null && isSentence(text) && (!noticeText || UI_PROPERTIES.has(propertyOf(n) ?? ''))) {
      out.push({ at: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, text });
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const englishSentences = (file: string, source: string): string[] =>
  sentenceLiterals(file, source)
    .filter(({ text }) => !NOT_UI.some((a) => a.file === file && a.text.test(text)))
    .map(({ at, text }) => `${at} "${text}"`);

const scanned = () => SCANNED.flatMap(sourceFiles).map((f) => ({ file: f, source: readFileSync(f, 'utf8') }));

describe('background and shared text', () => {
  it('finds sentences the way they are written, so the check below can fail', () => {
    const sample = [
      "const a = { ok: false, error: 'That flag no longer exists.' };",
      `const b = fail(\`The pack is too large (\${n} bytes).\`);`,
      `const c = \`"\${id}" is installed from another key; remove it first.\`;`,
      "const d = t('bg_flag_gone'); const e = 'tab-gone'; const f = 'two words';",
      "console.error('Listing Lens: bundled pack failed', e);",
    ].join('\n');
    expect(englishSentences('utils/cases/x.ts', sample)).toEqual([
      'utils/cases/x.ts:1 "That flag no longer exists."',
      'utils/cases/x.ts:2 "The pack is too large (… bytes)."',
      'utils/cases/x.ts:3 ""…" is installed from another key; remove it first."',
    ]);
  });

  it('in notice modules, finds only the problems they report to the user', () => {
    const sample = [
      `const subject = \`Notice of illegal content: \${x} on \${y}\`;`,

      `const p = { code: "x", level: "error", message: \`Listing \${i}: explain why it is illegal.\` };`,
    ].join('\n');
    expect(englishSentences('utils/notices/formats/x.ts', sample)).toEqual([
      'utils/notices/formats/x.ts:2 "Listing …: explain why it is illegal."',
    ]);
  });

  it('has no English sentence literal in the modules whose replies the UI shows', () => {
    expect(scanned().flatMap(({ file, source }) => englishSentences(file, source))).toEqual([]);
  });

  it('has no allowance left that matches nothing', () => {
    const all = scanned().flatMap(({ file, source }) => sentenceLiterals(file, source).map((s) => ({ file, ...s })));
    const stale = NOT_UI.filter((a) => !all.some((s) => s.file === a.file && a.text.test(s.text)));
    expect(stale.map((a) => a.file)).toEqual([]);
  });
});
