import { defineContentScript } from 'wxt/utils/define-content-script';
import { tmallAdapter } from '../utils/adapters/tmall';
import { tmallMarket } from '../utils/adapters/markets/tmall';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(tmallMarket),
  runAt: 'document_start',
  main: () => runContentScript(tmallAdapter),
});
