// Every fixture case extracts exactly what its expected.json says. Regenerate an expectation
// for review with: npx tsx tests/fixtures/regenerate.ts <site>/<case>
import { describe, expect, it } from 'vitest';
import { expectedOf, listCases, runCase } from './fixture-cases';

const cases = listCases();

describe('adapter fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it(`${c.site}/${c.name}`, () => {
      const expected = expectedOf(c);
      expect(expected, 'expected.json missing: run tests/fixtures/regenerate.ts').not.toBeNull();
      const { extraction, charset } = runCase(c);
      if (c.info.charset) expect(charset).toBe(c.info.charset);
      expect(extraction).toEqual(expected);
    });
  }
});
