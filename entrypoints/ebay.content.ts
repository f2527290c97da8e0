import { defineContentScript } from 'wxt/utils/define-content-script';
import { ebayAdapter } from '../utils/adapters/ebay';
import { ebayMarket } from '../utils/adapters/markets/ebay';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(ebayMarket),
  runAt: 'document_start',
  main: () => runContentScript(ebayAdapter),
});
