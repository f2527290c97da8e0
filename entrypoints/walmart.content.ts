import { defineContentScript } from 'wxt/utils/define-content-script';
import { walmartAdapter } from '../utils/adapters/walmart';
import { walmartMarket } from '../utils/adapters/markets/walmart';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(walmartMarket),
  runAt: 'document_start',
  main: () => runContentScript(walmartAdapter),
});
