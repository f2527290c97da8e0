import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are limited to the marketplaces the adapters know; the generic
// adapter runs on those hosts too (Temu, Shopee, Mercado Libre...). Nothing else is asked for.
import { CONTENT_MATCHES } from './utils/adapters/hosts';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Listing Lens',
    description:
      'Spots suspect (likely counterfeit or IP-infringing) marketplace listings using alliance rule packs, and helps you report them.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab'],
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
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
