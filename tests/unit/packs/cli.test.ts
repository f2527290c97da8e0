import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePack, signed } from './helpers';

// The four `npm run rules` commands, run as a publisher would run them.

const rules = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/rules.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
};

describe('npm run rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
  const keys = join(dir, 'keys');

  it('keygen, build, sign and verify a pack; refuses tampered, expired and malformed files', async () => {
    expect(rules('keygen', '--out', keys)).toMatchObject({ code: 0, out: expect.stringMatching(/Fingerprint/) });
    expect(rules('keygen', '--out', keys).code).toBe(2); // never overwrites a private key silently

    const csv = join(dir, 'csv');
    mkdirSync(csv);
    writeFileSync(
      join(csv, 'pack.csv'),
      'field,value\nid,acme.rules\nname,Acme rules\npublisher_name,Acme\npublisher_contact,ip@acme.example\nversion,1\nbase_currency,USD\n',
    );
    writeFileSync(join(csv, 'brands.csv'), 'brand_id,name,rights_holder\nacme,Acme,Acme Inc.\n');
    const packJson = join(dir, 'pack.json');
    expect(rules('build', '--dir', csv, '--pub', join(keys, 'publisher.pub'), '--out', packJson)).toMatchObject({
      code: 0,
    });

    const signedFile = join(dir, 'pack.signed');
    expect(rules('sign', '--key', join(keys, 'publisher.key'), '--in', packJson, '--out', signedFile).code).toBe(0);
    expect(rules('verify', '--pub', join(keys, 'publisher.pub'), signedFile)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^OK .*version 1, 1 brands/m),
    });

    const bytes = readFileSync(signedFile);
    bytes[bytes.length - 20] ^= 1;
    writeFileSync(join(dir, 'tampered.signed'), bytes);
    expect(rules('verify', '--pub', join(keys, 'publisher.pub'), join(dir, 'tampered.signed'))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/REJECTED .*signature does not match/),
    });

    const keyText = readFileSync(join(keys, 'publisher.key'), 'utf8');
    const keyId = JSON.parse(keyText).keyId;
    writeFileSync(
      join(dir, 'expired.signed'),
      await signed(
        makePack(keyId, (p) => {
          p.issuedAt = '2020-01-01T00:00:00Z';
          p.expiresAt = '2021-01-01T00:00:00Z';
        }),
        keyText,
      ),
    );
    expect(rules('verify', '--pub', join(keys, 'publisher.pub'), join(dir, 'expired.signed'))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/expired on 2021-01-01/),
    });

    writeFileSync(join(dir, 'garbage.signed'), 'hello');
    expect(rules('verify', '--pub', join(keys, 'publisher.pub'), join(dir, 'garbage.signed'))).toMatchObject({
      code: 1,
      out: expect.stringMatching(/not valid UTF-8 JSON/),
    });

    const other = join(dir, 'other');
    rules('keygen', '--out', other);
    expect(rules('verify', '--pub', join(other, 'publisher.pub'), signedFile)).toMatchObject({
      code: 1,
      out: expect.stringMatching(/unknown key/),
    });
    expect(
      rules('sign', '--key', join(other, 'publisher.key'), '--in', packJson, '--out', join(dir, 'x')),
    ).toMatchObject({ code: 1, out: expect.stringMatching(/publisher.keyId/) });
    expect(rules('verify', signedFile).code).toBe(2);
  }, 180_000);
});
