import { defineContentScript } from 'wxt/utils/define-content-script';
import { shopeeAdapter } from '../utils/adapters/shopee';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('shopee'),
  runAt: 'document_start',
  main: () => runContentScript(shopeeAdapter),
});
