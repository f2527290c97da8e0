import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONTENT_MATCHES } from '../../../utils/adapters/hosts';
import { ADAPTERS } from '../../../utils/adapters/registry';

// One content script per marketplace, each carrying only its adapter and its own descriptor: every
// host the manifest asks for is covered by exactly one of them, and that script's adapter claims the
// host's pages. The match patterns are read from the entrypoints themselves.
const entrypoints = readdirSync('entrypoints')
  .filter((f) => f.endsWith('.content.ts'))
  .map((f) => f.replace('.content.ts', ''));

const matchesOf = async (id: string): Promise<string[]> =>
  (await import(`../../../entrypoints/${id}.content.ts`)).default.matches;

describe('per-marketplace content scripts', () => {
  it('has an entrypoint for every dedicated adapter, plus the general reader', () => {
    expect(entrypoints.sort()).toEqual([...ADAPTERS.map((a) => a.id), 'generic'].sort());
  });

  it('gives every manifest host to exactly one marketplace script, and none to the general reader', async () => {
    const claimed = (await Promise.all(ADAPTERS.map((a) => matchesOf(a.id)))).flat();
    expect(claimed.sort()).toEqual([...CONTENT_MATCHES].sort());
    expect(await matchesOf('generic')).toEqual([]);
  });

  it("runs each marketplace's script on every example page of its adapter", async () => {
    for (const a of ADAPTERS) {
      const patterns = (await matchesOf(a.id)).map((p) => new MatchPattern(p));
      for (const example of a.examples)
        expect(
          patterns.some((p) => p.includes(example)),
          example,
        ).toBe(true);
    }
  });
});
