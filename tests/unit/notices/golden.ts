import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { NoticeDraft } from '../../../utils/notices/types';

// Golden files: the exact text each format produces for each role, for a person to read.
// A missing file fails the test; regenerate on purpose with
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/notices
// then read the diff before committing.
export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
export const goldenPath = (name: string) => join(GOLDEN_DIR, `${name}.txt`);

export const render = (title: string, drafts: NoticeDraft[]) =>
  [
    `# ${title}`,
    ...drafts.map(
      (n) =>
        `## Notice ${n.part} of ${n.parts}: ${n.urls.length} listing${n.urls.length === 1 ? '' : 's'}\nSubject: ${n.subject}\n\n${n.text}\n`,
    ),
  ].join('\n\n');

export function expectGolden(name: string, got: string): void {
  const file = goldenPath(name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, got);
    return;
  }
  if (!existsSync(file))
    throw new Error(
      `Golden file ${name}.txt is missing. Create it with UPDATE_GOLDEN=1 npx vitest run tests/unit/notices and review it.`,
    );
  expect(got).toBe(readFileSync(file, 'utf8'));
}
