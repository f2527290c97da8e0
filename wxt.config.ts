import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are limited to the marketplaces the adapters know; the generic
// adapter runs on those hosts too (Temu, Shopee, Mercado Libre...). Nothing else is asked for.
import { CONTENT_MATCHES } from './utils/adapters/hosts';

// `npm run dev` opens a browser with the extension only where one can show: with no display it
// just builds and watches (load .output/chrome-mv3-dev by hand). Root (CI, containers) needs
// Chromium's --no-sandbox; CHROMIUM_PATH picks the binary as it does for npm start and the e2e suite.
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab'],
    // Flags, notices and evidence are written to disk; a private window must leave nothing behind,
    // so Listing Lens does not run there at all (docs/security.md says why not a memory-only mode).
    incognito: 'not_allowed',
    host_permissions: CONTENT_MATCHES,
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Listing Lens' },
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
