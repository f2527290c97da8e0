import { defineContentScript } from 'wxt/utils/define-content-script';
import { etsyAdapter } from '../utils/adapters/etsy';
import { runContentScript } from '../utils/content/run';
import { matchesFor } from '../utils/content/site-matches';

export default defineContentScript({
  matches: matchesFor('etsy'),
  runAt: 'document_start',
  main: () => runContentScript(etsyAdapter),
});
