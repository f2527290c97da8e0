// Fixture cases: tests/fixtures/<site>/<case>/{page.html, case.json, expected.json}.
// case.json holds the URL the page was "saved" from and, for non-UTF-8 cases, the charset
// the test expects the decoder to find. Shared by the fixture test and regenerate.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../../utils/types';
import { extractGeneric } from '../../../utils/adapters/generic';
import { adapterFor } from '../../../utils/adapters/registry';
import { decodeHtml } from '../../../scripts/scan/decode';
import { parseHtml } from '../../../scripts/scan/document';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

interface CaseInfo {
  url: string;
  /** Encoding the decoder must detect (the page itself may declare another). */
  charset?: string;
  note?: string;
}

export interface FixtureCase {
  site: string;
  name: string;
  dir: string;
  info: CaseInfo;
}

export function listCases(): FixtureCase[] {
  if (!existsSync(FIXTURES)) return [];
  const out: FixtureCase[] = [];
  for (const site of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const c of readdirSync(join(FIXTURES, site.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = join(FIXTURES, site.name, c.name);
      if (!existsSync(join(dir, 'case.json'))) continue;
      out.push({ site: site.name, name: c.name, dir, info: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) });
    }
  }
  return out.sort((a, b) => `${a.site}/${a.name}`.localeCompare(`${b.site}/${b.name}`));
}

/** Run a case the way the scanner does: decode the bytes, parse, extract with the registered adapter. */
export function runCase(c: FixtureCase): { extraction: Extraction; charset: string } {
  const bytes = new Uint8Array(readFileSync(join(c.dir, 'page.html')));
  const { text, charset } = decodeHtml(bytes);
  const url = new URL(c.info.url);
  const page = parseHtml(text, url.href);
  try {
    return { extraction: adapterFor(url).extract(page.doc, url, extractGeneric), charset };
  } finally {
    page.close();
  }
}

export function expectedOf(c: FixtureCase): Extraction | null {
  const p = join(c.dir, 'expected.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
}
