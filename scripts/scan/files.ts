// What the scanner reads: the files named, and every saved page under a directory named
// (a brand's evidence archive), in a stable order so two runs print the same thing.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = /\.(html?|xhtml|mhtml?)$/i;

export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      // A missing file is reported when it is read, with the others still scanned.
    }
    if (!dir) out.push(p);
    else
      out.push(
        ...readdirSync(p, { recursive: true, encoding: 'utf8' })
          .filter((f) => PAGE.test(f))
          .sort()
          .map((f) => join(p, f)),
      );
  }
  return out;
}
