import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Preact 11 no longer appends "px" to numbers in style objects: `{ width: 380 }` is silently
// dropped. This lints every component for a bare number on a property that needs a unit.
const UNITLESS = new Set(['flex', 'flexGrow', 'flexShrink', 'zIndex', 'opacity', 'fontWeight', 'lineHeight', 'order']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.tsx') ? [p] : [];
  });
}

describe('inline styles', () => {
  it('give every length a unit', () => {
    const bad: string[] = [];
    for (const f of [...files('components'), ...files('entrypoints')]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/style=\{\{([^}]*)\}\}/g)) {
        for (const kv of m[1].matchAll(/\b([a-zA-Z]+):\s*([1-9]\d*(?:\.\d+)?)\s*(?=[,}]|$)/g)) {
          if (!UNITLESS.has(kv[1])) bad.push(`${f}: ${kv[0]}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
