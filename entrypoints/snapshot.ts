import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sanitizeSnapshot } from '../utils/evidence/snapshot';

// Injected by the background into a listing's tab only when evidence is captured (utils/background/snapshot.ts),
// so no content script carries the sanitiser. Runs in the isolated world; what it returns is the
// executeScript result, which the background checks against its schema.
export default defineUnlistedScript(() => ({
  html: sanitizeSnapshot(document, location.href),
  url: location.href,
  title: document.title,
}));
