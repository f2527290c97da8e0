import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT, chromiumPath } from './harness';
import { SNAPSHOT_DIR } from './snapshots';

// `npm run test:e2e`: checks Chromium and the build are there, then runs every
// tests/e2e/*.test.ts with Node's test runner, one file at a time (each launches a browser).
try {
  chromiumPath();
} catch (e) {
  console.error(String((e as Error).message));
  process.exit(1);
}
if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || process.argv.includes('--build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// Snapshots kept by the files about to run (see snapshots.ts), not by an earlier run.
rmSync(SNAPSHOT_DIR, { recursive: true, force: true });
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(join(ROOT, 'tests', 'e2e'))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => join('tests', 'e2e', f));
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
