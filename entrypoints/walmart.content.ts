import { defineContentScript } from 'wxt/utils/define-content-script';
import { walmartAdapter } from '../utils/adapters/walmart';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('walmart'),
  runAt: 'document_start',
  main: () => runContentScript(walmartAdapter),
});
