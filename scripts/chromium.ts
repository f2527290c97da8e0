import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Finding a Chromium that loads an unpacked extension, on any machine: CHROMIUM_PATH first, then
// the system's Chromium, then one Playwright downloaded. Branded Chrome 137+ ignores
// --load-extension, so it is never picked by itself.

export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

const SYSTEM: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    join(process.env.LOCALAPPDATA ?? '', 'Chromium', 'Application', 'chrome.exe'),
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Chromium', 'Application', 'chrome.exe'),
  ],
};

/** Where Playwright keeps its browsers on each platform (PLAYWRIGHT_BROWSERS_PATH overrides). */
function playwrightCache(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.PLAYWRIGHT_BROWSERS_PATH) return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'ms-playwright');
  return join(home, '.cache', 'ms-playwright');
}

const PLAYWRIGHT_BINARIES: Partial<Record<NodeJS.Platform, string[][]>> = {
  linux: [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ],
  darwin: [
    ['chrome-mac-arm64', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [
    ['chrome-win64', 'chrome.exe'],
    ['chrome-win', 'chrome.exe'],
  ],
};

function fromPlaywright(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string | null {
  const cache = playwrightCache(platform, env, home);
  if (!existsSync(cache)) return null;
  // Newest revision first: chromium-1187 sorts after chromium-1169.
  const dirs = readdirSync(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
  for (const dir of dirs)
    for (const parts of PLAYWRIGHT_BINARIES[platform] ?? []) {
      const p = join(cache, dir, ...parts);
      if (existsSync(p)) return p;
    }
  return null;
}

/** What to run to get a Chromium, said for the platform in front of the user. */
export function installHelp(platform: NodeJS.Platform = process.platform): string {
  const steps: Record<string, string> = {
    linux:
      'Debian/Ubuntu: `sudo apt-get install -y chromium`; Fedora: `sudo dnf install -y chromium`; ' +
      'or any distribution: `npx playwright install chromium`.',
    darwin: '`brew install --cask chromium`, or `npx playwright install chromium`.',
    win32: '`npx playwright install chromium` (or install Chromium and set CHROMIUM_PATH to its chrome.exe).',
  };
  return (
    `No Chromium found. ${steps[platform] ?? steps.linux} ` +
    'Or point CHROMIUM_PATH at a Chromium binary (branded Chrome 137+ ignores --load-extension).'
  );
}

/** The Chromium to launch, or an error that says how to get one on this platform. */
export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): FoundChromium {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${installHelp(platform)}`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = (SYSTEM[platform] ?? []).find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  const pw = fromPlaywright(platform, env, home);
  if (pw) return { path: pw, source: 'playwright' };
  throw new Error(installHelp(platform));
}
