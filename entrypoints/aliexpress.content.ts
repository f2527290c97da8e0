import { defineContentScript } from 'wxt/utils/define-content-script';
import { aliexpressAdapter } from '../utils/adapters/aliexpress';
import { aliexpressMarket } from '../utils/adapters/markets/aliexpress';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(aliexpressMarket),
  runAt: 'document_start',
  main: () => runContentScript(aliexpressAdapter),
});
