import { defineContentScript } from 'wxt/utils/define-content-script';
import { alibabaAdapter } from '../utils/adapters/alibaba';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('alibaba'),
  runAt: 'document_start',
  main: () => runContentScript(alibabaAdapter),
});
