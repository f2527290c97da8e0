import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are limited to the marketplaces the adapters know; the generic
// adapter runs on those hosts too (Temu, Shopee, Mercado Libre...). Nothing else is asked for.
import { CONTENT_MATCHES } from './utils/adapters/hosts';
import { fileURLToPath } from 'node:url';

// `npm run dev` opens a browser with the extension only where one can show: with no display it
// just builds and watches (load .output/chrome-mv3-dev by hand). Root (CI, containers) needs
// Chromium's --no-sandbox; CHROMIUM_PATH picks the binary as it does for npm start and the e2e suite.
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const NATIVE_BROWSER = fileURLToPath(new URL('./utils/content/native-browser.ts', import.meta.url));
// Rendered from assets/public/icon/icon.svg by `npm run icons`.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  imports: false,
  // Static files copied as they are (the _locales catalogues); kept under assets/ so the top level stays as documented.
  publicDir: 'assets/public',
  webExt: {
    disabled: !hasDisplay,
    ...(process.env.CHROMIUM_PATH ? { binaries: { chrome: process.env.CHROMIUM_PATH } } : {}),
    chromiumArgs: isRoot ? ['--no-sandbox'] : [],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts run on every marketplace page: they use the browser's own promise-based API
    // (utils/content/native-browser.ts) instead of the polyfill the extension pages get.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [
        {
          name: 'listing-lens:native-browser',
          enforce: 'pre',
          resolveId: (id) =>
            id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE_BROWSER : null,
        },
        ...(config.plugins ?? []),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the general reader is injected on demand (activeTab) and registered for sites the user adds.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting'],
    // Flags, notices and evidence are written to disk; a private window must leave nothing behind,
    // so Listing Lens does not run there at all (docs/security.md says why not a memory-only mode).
    incognito: 'not_allowed',
    host_permissions: CONTENT_MATCHES,
    optional_host_permissions: ['https://*/*'],
    icons: ICONS,
    action: { default_title: 'Listing Lens', default_icon: ICONS },
    // Reviewer triage (utils/background/triage.ts). Chrome suggests at most four keys; the rest are set by
    // the user at chrome://extensions/shortcuts.
    commands: {
      'triage-next': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_page_cmd_next__' },
      'triage-previous': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_page_cmd_previous__' },
      'triage-flag': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_page_cmd_flag__' },
      'triage-fine': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_page_cmd_fine__' },
      'triage-select': { description: '__MSG_page_cmd_select__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'listing-lens@listing-lens.dev',
              // 140 (the current ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected by default (no telemetry). Sending a notice by POST, which the user
              // confirms notice by notice, transmits their contact details and the listings' addresses
              // and titles to the endpoint they chose: declared as optional categories.
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo', 'websiteContent'],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
