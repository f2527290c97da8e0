import { defineContentScript } from 'wxt/utils/define-content-script';
import { dhgateAdapter } from '../utils/adapters/dhgate';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('dhgate'),
  runAt: 'document_start',
  main: () => runContentScript(dhgateAdapter),
});
