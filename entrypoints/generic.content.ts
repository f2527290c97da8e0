import { defineContentScript } from 'wxt/utils/define-content-script';
import { genericAdapter } from '../utils/adapters/generic';
import { runContentScript } from '../utils/content/run';

// Shops without a dedicated adapter: injected on demand (activeTab, when the user opens the popup)
// and registered at runtime for sites the user added. No matches here, so no host permission.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main: () => runContentScript(genericAdapter),
});
