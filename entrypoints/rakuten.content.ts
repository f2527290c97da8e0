import { defineContentScript } from 'wxt/utils/define-content-script';
import { rakutenAdapter } from '../utils/adapters/rakuten';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('rakuten'),
  runAt: 'document_start',
  main: () => runContentScript(rakutenAdapter),
});
