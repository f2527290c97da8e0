import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scorePage } from '../../../utils/engine/index';
import type { TableName } from '../../../utils/packs/build-columns';
import { buildPack } from '../../../utils/packs/build';
import { splitSignedPack } from '../../../utils/packs/envelope';
import { parsePublicKey } from '../../../utils/packs/keys';
import { engineCompiler } from '../../../utils/packs/engine-port';
import { openPack } from '../../../utils/packs/open';
import { demoPackJson, demoSigned, NOW } from './helpers';
import type { Listing } from '../../../utils/types';

// Lints the shipped demo pack: the JSON is what its spreadsheets build, the signed file is
// that JSON signed by the demo key, and the real engine compiles and scores with it.

const DIR = 'assets/packs/demo';

describe('the bundled demo pack', () => {
  it('is exactly what its CSV sources build', () => {
    const files: Partial<Record<TableName, string>> = {};
    for (const f of readdirSync(DIR)) files[f as TableName] = readFileSync(`${DIR}/${f}`, 'utf8');
    const key = JSON.parse(readFileSync('assets/packs/demo-publisher.pub', 'utf8'));
    const built = buildPack(files, { keyId: key.keyId, now: NOW });
    expect(built.ok && built.value.json).toBe(demoPackJson());
  });

  it('is the demo JSON, signed by the bundled key, marked as example data, and compiles', async () => {
    const parts = splitSignedPack(demoSigned());
    expect(parts.ok && new TextDecoder().decode(parts.value.payload)).toBe(demoPackJson());
    const key = await parsePublicKey(readFileSync('assets/packs/demo-publisher.pub', 'utf8'));
    if (!key.ok) throw new Error(key.error);
    const ref = {
      keyId: key.value.keyId,
      publicKey: Buffer.from(key.value.publicKey).toString('base64'),
      bundled: true,
    };
    const r = await openPack(demoSigned(), { keys: [ref], compiler: engineCompiler(), now: NOW });
    if (!r.ok) throw new Error(r.error);
    const { pack } = r.value;
    expect(pack.example).toBe(true);
    expect(pack.brands.map((b) => b.name)).toEqual([
      'Bose',
      'Canada Goose',
      'Honda',
      'Samsung',
      'Mars',
      'Adobe',
      'Danone',
      'Hasbro',
      "L'Oréal",
    ]);
    expect(Object.keys(pack.wording).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt', 'zh']);
    for (const b of pack.brands) expect(b.models.filter((m) => m.prices.length > 0).length).toBeGreaterThanOrEqual(3);
    // Valid for years after the build, so a fresh install never meets an expired demo.
    expect(Date.parse(pack.expiresAt) - NOW).toBeGreaterThan(3 * 365 * 86_400_000);
  });

  it('scores an obvious replica as suspect and a plain listing as ok', async () => {
    const pack = JSON.parse(demoPackJson());
    const { compile } = engineCompiler();
    const engine = compile(pack) as Parameters<typeof scorePage>[0];
    const base: Listing = {
      title: '',
      price: null,
      seller: null,
      brand: null,
      listingId: 'x',
      url: null,
      image: null,
      condition: 'new',
      sponsored: null,
    };
    const [fake, plain] = scorePage(
      engine,
      [
        {
          ...base,
          listingId: 'a',
          title: 'B0SE QC45 replica 1:1 noise cancelling headphones',
          price: { amount: 39, currency: 'USD' },
        },
        { ...base, listingId: 'b', title: 'USB-C charging cable 2 m', price: { amount: 9, currency: 'USD' } },
      ],
      'aliexpress',
    );
    expect(fake.level).toBe('suspect');
    expect(plain.level).toBe('ok');
  });
});

describe('the demo pack data', () => {
  it('never reads a brand written correctly as a disguise of itself', () => {
    const pack = JSON.parse(demoPackJson());
    const engine = engineCompiler().compile(pack) as Parameters<typeof scorePage>[0];
    const base: Listing = {
      title: '',
      price: null,
      seller: null,
      brand: null,
      listingId: 'x',
      url: null,
      image: null,
      condition: 'new',
      sponsored: null,
    };
    for (const b of pack.brands) {
      for (const name of [b.name, ...b.aliases]) {
        const [v] = scorePage(engine, [{ ...base, title: `${name} original product, official store` }]);
        const disguised = v.reasons.filter((r) => r.evidence.disguised === true);
        expect(
          disguised.map((r) => r.message),
          `${b.id}: "${name}"`,
        ).toEqual([]);
      }
    }
  });
});

describe('the format documentation', () => {
  it('has a complete example that is a valid pack', async () => {
    const { packSchema } = await import('../../../utils/packs/schema');
    const doc = readFileSync('assets/packs/FORMAT.md', 'utf8');
    const example = /## Complete example\s+```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const r = packSchema.safeParse(JSON.parse(example ?? 'null'));
    expect(r.success ? 'valid' : r.error.message).toBe('valid');
  });
});
