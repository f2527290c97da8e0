// The scanner's command line and the files it expands a directory into.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../scripts/scan/args';
import { expandPaths } from '../../../scripts/scan/files';

describe('scanner arguments', () => {
  it('reads options from the table and keeps paths in order', () => {
    expect(parseArgs(['--json', '--generic-only', '--jobs', '2', 'a.html', 'dir'])).toMatchObject({
      json: true,
      genericOnly: true,
      jobs: 2,
      paths: ['a.html', 'dir'],
    });
    expect(parseArgs(['--help'])).toBeNull();
  });

  it('refuses unknown options, missing values and bad job counts with a sentence', () => {
    expect(() => parseArgs(['--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['--url'])).toThrow(/--url needs a value/);
    expect(() => parseArgs(['--jobs', '0', 'x'])).toThrow(/whole number/);
  });

  it('expands a directory into its saved pages, sorted, recursively', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-args-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['b.html', 'a.htm', 'notes.txt', 'sub/c.html']) writeFileSync(join(dir, f), '<html></html>');
    expect(expandPaths([dir, 'missing.html'])).toEqual([
      join(dir, 'a.htm'),
      join(dir, 'b.html'),
      join(dir, 'sub/c.html'),
      'missing.html',
    ]);
  });
});
