import { defineContentScript } from 'wxt/utils/define-content-script';
import { amazonAdapter } from '../utils/adapters/amazon';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('amazon'),
  runAt: 'document_start',
  main: () => runContentScript(amazonAdapter),
});
