import { defineContentScript } from 'wxt/utils/define-content-script';
import { aliexpressAdapter } from '../utils/adapters/aliexpress';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('aliexpress'),
  runAt: 'document_start',
  main: () => runContentScript(aliexpressAdapter),
});
