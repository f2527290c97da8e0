import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The extension's bundles are whatever the entrypoints reach. WXT imports every entrypoint in
// Node at build time, so a Node-only import would build fine and fail only in the browser: this
// walks the import graph (static and dynamic, type-only imports excluded: they are erased) and
// names the module that reaches anything Node-only.
const ROOT = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Development packages the build tool provides at runtime (browser polyfill, content-script helpers). */
const BUNDLED_DEV = /^(wxt|@wxt-dev)(\/|$)/;
const DEV_ONLY = Object.keys(pkg.devDependencies).filter((name) => !BUNDLED_DEV.test(name));
const BUILTINS = new Set(builtinModules);

function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Why a specifier may not be in a bundle, or null when it may. */
function forbidden(spec: string, resolved: string | null): string | null {
  if (spec.startsWith('node:') || BUILTINS.has(packageOf(spec))) return 'a Node builtin';
  if (!spec.startsWith('.') && DEV_ONLY.includes(packageOf(spec))) return 'a development-only package';
  if (resolved) {
    const rel = relative(ROOT, resolved);
    if (rel.startsWith('scripts/') || rel.startsWith('tests/')) return 'Node-only code under scripts/ or tests/';
  }
  return null;
}

/** Module specifiers a file loads at runtime: import/export-from (not type-only) and import(). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRelative(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const tries = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return tries.find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

/** Every forbidden import reachable from the given files, as "importer -> specifier (why)". */
function nodeOnlyReach(entries: string[]): { problems: string[]; reached: Set<string> } {
  const reached = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const spec of runtimeImports(file)) {
      const resolved = spec.startsWith('.') ? resolveRelative(file, spec) : null;
      const why = forbidden(spec, resolved);
      if (why) problems.push(`${relative(ROOT, file)} -> ${spec} (${why})`);
      else if (resolved && /\.tsx?$/.test(resolved)) queue.push(resolved);
    }
  }
  return { problems, reached };
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
}

describe('extension bundles', () => {
  it('import nothing Node-only from any entrypoint', () => {
    const entries = sourcesUnder(join(ROOT, 'entrypoints'));
    const { problems, reached } = nodeOnlyReach(entries);
    expect(problems).toEqual([]);
    // The walk really follows the graph: the background reaches the message protocol and the engine.
    expect(reached).toContain(join(ROOT, 'utils', 'messages.ts'));
    expect(reached).toContain(join(ROOT, 'utils', 'engine', 'analyse.ts'));
  });

  it('the check names what a Node-only script reaches', () => {
    const { problems } = nodeOnlyReach([join(ROOT, 'scripts', 'start.ts')]);
    expect(problems).toContain('scripts/start.ts -> node:child_process (a Node builtin)');
    expect(problems).toContain('scripts/start.ts -> ./browser (Node-only code under scripts/ or tests/)');
  });

  it('flags an import of scripts/ or tests/ and happy-dom', () => {
    expect(forbidden('../../scripts/browser', join(ROOT, 'scripts', 'browser.ts'))).toMatch(/scripts\//);
    expect(forbidden('../tests/e2e/harness', join(ROOT, 'tests', 'e2e', 'harness.ts'))).toMatch(/tests\//);
    expect(forbidden('happy-dom', null)).toBe('a development-only package');
    expect(forbidden('fs', null)).toBe('a Node builtin');
    expect(forbidden('preact/hooks', null)).toBeNull();
    expect(forbidden('wxt/browser', null)).toBeNull();
  });
});
