import { defineContentScript } from 'wxt/utils/define-content-script';
import { alibabaAdapter } from '../utils/adapters/alibaba';
import { alibabaMarket } from '../utils/adapters/markets/alibaba';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(alibabaMarket),
  runAt: 'document_start',
  main: () => runContentScript(alibabaAdapter),
});
