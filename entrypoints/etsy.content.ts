import { defineContentScript } from 'wxt/utils/define-content-script';
import { etsyAdapter } from '../utils/adapters/etsy';
import { etsyMarket } from '../utils/adapters/markets/etsy';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(etsyMarket),
  runAt: 'document_start',
  main: () => runContentScript(etsyAdapter),
});
