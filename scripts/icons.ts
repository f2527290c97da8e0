import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium';

// `npm run icons`: renders assets/public/icon/icon.svg to the toolbar and store sizes, and the
// store's 440x280 promo tile, with the same Chromium the tests use. The PNGs are committed.
const ROOT = join(import.meta.dirname, '..');
const ICON_DIR = join(ROOT, 'assets', 'public', 'icon');
const STORE_DIR = join(ROOT, 'assets', 'store');
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: findChromium().path, args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0"><img src="${dataUrl}" width="${size}" height="${size}"></body>`);
  await page.screenshot({ path: join(ICON_DIR, `${size}.png`), omitBackground: true });
}
await page.setViewportSize({ width: 440, height: 280 });
await page.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;
  padding:0 32px;box-sizing:border-box;background:linear-gradient(135deg,#0b3d91,#1757b8);color:#fff;
  font:600 15px system-ui,sans-serif"><img src="${dataUrl}" width="112" height="112">
  <div><div style="font-size:30px;font-weight:700">Listing Lens</div>
  <div style="margin-top:8px;line-height:1.4;font-weight:400">Spots likely counterfeit listings<br>and helps you report them.</div>
  </div></body>`);
await page.screenshot({ path: join(STORE_DIR, 'promo-440x280.png') });
await browser.close();
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} and the 440x280 promo tile.`);
