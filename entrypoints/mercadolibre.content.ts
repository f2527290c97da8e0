import { defineContentScript } from 'wxt/utils/define-content-script';
import { mercadolibreAdapter } from '../utils/adapters/mercadolibre';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('mercadolibre'),
  runAt: 'document_start',
  main: () => runContentScript(mercadolibreAdapter),
});
