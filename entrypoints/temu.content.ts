import { defineContentScript } from 'wxt/utils/define-content-script';
import { temuAdapter } from '../utils/adapters/temu';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('temu'),
  runAt: 'document_start',
  main: () => runContentScript(temuAdapter),
});
