import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeFor, type TrustedSource } from '../../../utils/notices/destinations';
import { packSchema } from '../../../utils/packs/schema';

// The demo pack's destinations as the composer reads them.
const pack = packSchema.parse(JSON.parse(readFileSync('assets/packs/demo-pack.json', 'utf8')));
const src: TrustedSource = { pack, trust: 'active', name: pack.name };

describe('destinations from a verified pack', () => {
  it("a rights holder's IP notice goes to the platform's IP form, with its checklist", () => {
    const r = routeFor(src, 'ebay', 'ip', 'rights-holder', null);
    expect(r.formUrl).toMatch(/^https:\/\/www\.ebay\.com\/help\/policies\/.*vero/);
    expect(r.fields).toContain('A reason code per item');
  });

  it('a consumer is never sent to a rights-owner form: with no DSA destination there is none', () => {
    const r = routeFor(src, 'ebay', 'dsa', 'consumer', null);
    expect(r).toMatchObject({ formUrl: null, email: null, label: null });
    expect(routeFor(src, 'amazon', 'ip', 'consumer', null).formUrl).toBeNull();
  });

  it('the alliance triage row serves any marketplace; a brand address from the same pack comes first', () => {
    expect(routeFor(src, 'temu', 'triage', 'consumer', null)).toMatchObject({
      email: 'triage@alliance.example.org',
      example: true,
    });
    expect(routeFor(src, 'temu', 'triage', 'consumer', 'brand@example.com').email).toBe('brand@example.com');
  });

  it('with no trusted pack there is no destination, and the route says so', () => {
    expect(routeFor({ pack: null, trust: 'none', name: null }, 'amazon', 'dsa', 'consumer', null)).toMatchObject({
      formUrl: null,
      email: null,
      trust: 'none',
    });
  });
});
