import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonAdapter } from '../utils/adapters/amazon';
import { amazonMarket } from '../utils/adapters/markets/amazon';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(amazonMarket),
  runAt: 'document_start',
  main: () => runContentScript(amazonAdapter),
});
