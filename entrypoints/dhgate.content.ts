import { defineContentScript } from 'wxt/utils/define-content-script';
import { dhgateAdapter } from '../utils/adapters/dhgate';
import { dhgateMarket } from '../utils/adapters/markets/dhgate';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(dhgateMarket),
  runAt: 'document_start',
  main: () => runContentScript(dhgateAdapter),
});
