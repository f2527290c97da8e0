import { defineContentScript } from 'wxt/utils/define-content-script';
import { tmallAdapter } from '../utils/adapters/tmall';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('tmall'),
  runAt: 'document_start',
  main: () => runContentScript(tmallAdapter),
});
