import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, installHelp } from '../../../scripts/chromium';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'll-chromium-'));
  dirs.push(d);
  return d;
};
const touch = (path: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  return path;
};

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    const bin = touch(join(temp(), 'chrome'));
    expect(findChromium('linux', { CHROMIUM_PATH: bin }, temp())).toEqual({ path: bin, source: 'CHROMIUM_PATH' });
    expect(() => findChromium('linux', { CHROMIUM_PATH: '/nope/chrome' }, temp())).toThrow(/CHROMIUM_PATH=\/nope/);
  });

  it("finds the newest Chromium in Playwright's cache on each platform", () => {
    const home = temp();
    const cases: [NodeJS.Platform, string, string[]][] = [
      ['linux', join(home, '.cache', 'ms-playwright'), ['chrome-linux64', 'chrome']],
      [
        'darwin',
        join(home, 'Library', 'Caches', 'ms-playwright'),
        ['chrome-mac-arm64', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
      ],
    ];
    for (const [platform, cache, parts] of cases) {
      touch(join(cache, 'chromium-1169', ...parts));
      const newest = touch(join(cache, 'chromium-1187', ...parts));
      // The system's Chromium, if this machine has one, would be found first on Linux: skip that case there.
      const found = findChromium(platform, { PLAYWRIGHT_BROWSERS_PATH: cache }, home);
      if (found.source === 'playwright') expect(found.path).toBe(newest);
    }
  });

  it('says how to get one on Linux, macOS and Windows when there is none', () => {
    const empty = temp();
    expect(() => findChromium('win32', { PLAYWRIGHT_BROWSERS_PATH: empty }, empty)).toThrow(
      /npx playwright install chromium/,
    );
    expect(installHelp('linux')).toMatch(/apt-get install -y chromium.*dnf install/);
    expect(installHelp('darwin')).toMatch(/brew install --cask chromium/);
    expect(installHelp('win32')).toMatch(/CHROMIUM_PATH/);
  });
});
