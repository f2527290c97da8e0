// Every marketplace is one descriptor (utils/adapters/markets/), one adapter and one fixture
// folder; everything else is derived. This test fails when a marketplace lacks any part, when an
// example URL is claimed by the wrong rule, or when a look-alike domain passes for a marketplace.
import { describe, expect, it } from 'vitest';
import { MARKETS } from '../../../utils/adapters/markets/index';
import { ADAPTERS, adapterById, adapterFor } from '../../../utils/adapters/registry';
import { CONTENT_MATCHES, CONTENT_SCRIPTS } from '../../../utils/adapters/hosts';
import { marketplaceOf } from '../../../utils/adapters/marketplace';
import { URL_RULES, cleanListingUrl, ruleFor } from '../../../utils/notices/url-clean';
import { expectedOf, listCases } from './fixture-cases';

/** Chrome's match-pattern test for the https://host/* patterns we generate. */
function matched(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(p)?.[1] ?? '';
    return host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host;
  });
}

const cases = listCases();

describe('market descriptors', () => {
  it('pair one to one with the adapters', () => {
    expect(MARKETS.map((m) => m.id).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
    expect(new Set(MARKETS.map((m) => m.id)).size).toBe(MARKETS.length);
  });

  for (const m of MARKETS) {
    describe(m.id, () => {
      const kinds = ['listing', 'shop', 'search'] as const;

      it('has a name, domains, example URLs of every kind, an adapter and fixtures', () => {
        expect(m.name.length).toBeGreaterThan(1);
        expect(m.domains.length).toBeGreaterThan(0);
        for (const k of kinds) expect(m.examples[k].length, `${m.id} needs ${k} examples`).toBeGreaterThan(0);
        expect(adapterById(m.id).id).toBe(m.id);
        expect(cases.filter((c) => c.site === m.id && expectedOf(c)).length).toBeGreaterThan(0);
        expect(CONTENT_SCRIPTS.find((s) => s.market === m.id)?.matches.length).toBeGreaterThan(0);
      });

      it('claims each example for exactly its own kind', () => {
        for (const k of kinds) {
          for (const ex of m.examples[k]) {
            const u = new URL(ex);
            expect(marketplaceOf(u), ex).toBe(m.id);
            expect(adapterFor(u).id, ex).toBe(m.id);
            expect(matched(u, CONTENT_MATCHES), `${ex} outside the manifest's hosts`).toBe(true);
            expect(Boolean(m.listing(u)) && !m.shop(u), `${ex} as listing`).toBe(k === 'listing');
            expect(m.shop(u), `${ex} as shop`).toBe(k === 'shop');
            expect(m.search(u), `${ex} as search`).toBe(k === 'search');
            const clean = cleanListingUrl(ex);
            expect(clean.ok, `${ex} in a notice`).toBe(k === 'listing');
            if (k === 'shop') expect(clean).toMatchObject({ ok: false, reason: 'shop' });
          }
        }
      });

      it("belongs to no other market's rules", () => {
        for (const other of MARKETS.filter((o) => o !== m))
          for (const ex of kinds.flatMap((k) => m.examples[k]))
            expect(other.listing(new URL(ex)) && marketplaceOf(new URL(ex))).not.toBe(other.id);
      });
    });
  }

  it('takes look-alike domains for no marketplace', () => {
    for (const raw of [
      'https://www.ebay.attacker.net/itm/256123456789',
      'https://shopee.evil.example/Earbuds-i.1.2',
      'https://mercadolibre.phish.io/MLA-1234567890-x-_JM',
      'https://www.amazon.com.evil.example/dp/B0CCZ26B5V',
      'https://notamazon.com/dp/B0CCZ26B5V',
      'https://www.ebay.com.attacker.net/itm/256123456789',
    ]) {
      const u = new URL(raw);
      expect(marketplaceOf(u), raw).toBeNull();
      expect(ruleFor(u.hostname), raw).toBeNull();
      expect(adapterFor(u).id, raw).toBe('generic');
      expect(matched(u, CONTENT_MATCHES), raw).toBe(false);
    }
  });

  it('derives one notice rule per market', () => {
    expect(URL_RULES.map((r) => r.marketplace)).toEqual(MARKETS.map((m) => m.id));
  });
});
