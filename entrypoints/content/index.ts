import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../utils/adapters/hosts';
import { runContentScript } from '../../utils/content/run';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx);
  },
});
