import { defineContentScript } from 'wxt/utils/define-content-script';
import { ebayAdapter } from '../utils/adapters/ebay';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('ebay'),
  runAt: 'document_start',
  main: () => runContentScript(ebayAdapter),
});
