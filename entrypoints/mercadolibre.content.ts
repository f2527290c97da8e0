import { defineContentScript } from 'wxt/utils/define-content-script';
import { mercadolibreAdapter } from '../utils/adapters/mercadolibre';
import { mercadolibreMarket } from '../utils/adapters/markets/mercadolibre';
import { matchPatterns } from '../utils/adapters/markets/market';
import { runContentScript } from '../utils/content/run';

export default defineContentScript({
  matches: matchPatterns(mercadolibreMarket),
  runAt: 'document_start',
  main: () => runContentScript(mercadolibreAdapter),
});
