// fake-indexeddb gives Dexie a real IndexedDB implementation in Node.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { formatMessage, readCatalogue } from '../../scripts/catalogue';

// WXT's fake browser has no i18n: answer from the English catalogue, as the browser would.
const en = readCatalogue('en');
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
  formatMessage(
    en,
    key,
    subs === undefined ? [] : Array.isArray(subs) ? subs : [subs],
  )) as typeof fakeBrowser.i18n.getMessage;

// Nor has it the commands API's event (reviewer triage shortcuts): registering a listener is all
// the background does with it at start.
fakeBrowser.commands.onCommand.addListener = (() => undefined) as typeof fakeBrowser.commands.onCommand.addListener;
