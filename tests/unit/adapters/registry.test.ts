// Adding a marketplace means one adapter file, one registry line, fixtures for its product
// and results pages, example URLs and a row in docs/extraction.md; this test fails when one is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../utils/adapters/registry';
import { genericAdapter } from '../../../utils/adapters/generic';
import { expectedOf, listCases } from './fixture-cases';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cases = listCases();
const readme = readFileSync(join(root, 'docs', 'extraction.md'), 'utf8');

describe('adapter registry', () => {
  it('has unique ids and the generic adapter claims nothing', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('generic');
    expect(genericAdapter.matches(new URL('https://shop.example/products/x'))).toBe(false);
  });

  it('registers every adapter file under utils/adapters', () => {
    const dir = join(root, 'utils/adapters');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/export const (\w+): Adapter = \{\s*id: '([\w-]+)'/g)) {
        if (m[2] === 'generic') continue;
        expect(
          ADAPTERS.map((a) => a.id),
          `${f} exports ${m[1]} but registry.ts does not list it`,
        ).toContain(m[2]);
      }
    }
  });

  for (const a of ADAPTERS) {
    describe(a.id, () => {
      it('has example URLs it claims and no other adapter claims', () => {
        expect(a.examples.length).toBeGreaterThan(0);
        for (const ex of a.examples) {
          const url = new URL(ex);
          expect(a.matches(url), `${a.id} should claim ${ex}`).toBe(true);
          for (const other of ADAPTERS.filter((o) => o !== a))
            expect(other.matches(url), `${other.id} must not claim ${ex}`).toBe(false);
          expect(adapterFor(url)).toBe(a);
        }
      });

      it('has fixtures for a product page and a results page', () => {
        const mine = cases.filter((c) => c.site === a.id).map((c) => expectedOf(c)?.page);
        expect(mine, `tests/fixtures/${a.id}/<case>/ needs a product case`).toContain('product');
        expect(mine, `tests/fixtures/${a.id}/<case>/ needs a search case`).toContain('search');
      });

      it('is documented in the marketplace table of docs/extraction.md', () => {
        expect(readme).toMatch(new RegExp(`\\|\\s*\`${a.id}\``));
      });
    });
  }

  it('every fixture folder belongs to a registered adapter', () => {
    const known = new Set([...ADAPTERS.map((a) => a.id), 'generic']);
    for (const c of cases) expect(known.has(c.site), `tests/fixtures/${c.site} has no adapter`).toBe(true);
  });
});
