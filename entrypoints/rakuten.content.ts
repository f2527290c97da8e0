import { defineContentScript } from 'wxt/utils/define-content-script';
import { rakutenAdapter } from '../utils/adapters/rakuten';
import { rakutenMarket } from '../utils/adapters/markets/rakuten';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(rakutenMarket),
  runAt: 'document_start',
  main: () => runContentScript(rakutenAdapter),
});
