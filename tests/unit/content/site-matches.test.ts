import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_MATCHES } from '../../../utils/adapters/hosts';
import { ADAPTERS } from '../../../utils/adapters/registry';
import { matchesFor } from '../../../utils/content/site-matches';

// One content script per marketplace, each carrying only its adapter: every host the manifest asks
// for is covered by exactly one of them, and that script's adapter claims the host's pages.
const entrypoints = readdirSync('entrypoints')
  .filter((f) => f.endsWith('.content.ts'))
  .map((f) => f.replace('.content.ts', ''));

describe('per-marketplace content scripts', () => {
  it('has an entrypoint for every dedicated adapter, plus the general reader', () => {
    expect(entrypoints.sort()).toEqual([...ADAPTERS.map((a) => a.id), 'generic'].sort());
  });

  it('gives every manifest host to exactly one marketplace script', () => {
    const claimed = ADAPTERS.flatMap((a) => matchesFor(a.id));
    expect(claimed.sort()).toEqual([...CONTENT_MATCHES].sort());
  });

  it("runs each marketplace's script on every example page of its adapter", () => {
    for (const a of ADAPTERS) {
      const patterns = matchesFor(a.id).map((p) => new MatchPattern(p));
      for (const example of a.examples)
        expect(
          patterns.some((p) => p.includes(example)),
          example,
        ).toBe(true);
    }
  });
});
