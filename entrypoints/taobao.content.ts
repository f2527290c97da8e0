import { defineContentScript } from 'wxt/utils/define-content-script';
import { taobaoAdapter } from '../utils/adapters/taobao';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('taobao'),
  runAt: 'document_start',
  main: () => runContentScript(taobaoAdapter),
});
