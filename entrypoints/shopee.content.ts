import { defineContentScript } from 'wxt/utils/define-content-script';
import { shopeeAdapter } from '../utils/adapters/shopee';
import { shopeeMarket } from '../utils/adapters/markets/shopee';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(shopeeMarket),
  runAt: 'document_start',
  main: () => runContentScript(shopeeAdapter),
});
