import { defineContentScript } from 'wxt/utils/define-content-script';
import { taobaoAdapter } from '../utils/adapters/taobao';
import { taobaoMarket } from '../utils/adapters/markets/taobao';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(taobaoMarket),
  runAt: 'document_start',
  main: () => runContentScript(taobaoAdapter),
});
