import { defineContentScript } from 'wxt/utils/define-content-script';
import { temuAdapter } from '../utils/adapters/temu';
import { temuMarket } from '../utils/adapters/markets/temu';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(temuMarket),
  runAt: 'document_start',
  main: () => runContentScript(temuAdapter),
});
