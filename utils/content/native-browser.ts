import type { browser as Polyfilled } from 'wxt/browser';

// What `wxt/browser` resolves to in content-script builds (see wxt.config.ts). Chromium and Firefox
// both give MV3 content scripts promise-based extension APIs, so the 14 kB webextension-polyfill the
// extension pages use would only weigh on every marketplace page. Firefox names it `browser`.
const g = globalThis as unknown as { browser?: typeof Polyfilled; chrome?: typeof Polyfilled };
export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof Polyfilled;
