import { formatMessage, readCatalogue } from './catalogue';

// The publisher's tools share the pack checks with the extension, and those speak through t(), which
// asks browser.i18n. In Node there is no browser: answer in English from the catalogue. Imported first,
// before anything that imports wxt/browser, which reads the global once when it loads.
const en = readCatalogue('en');
const g = globalThis as { chrome?: unknown };
g.chrome ??= { i18n: { getMessage: (key: string, subs: string[] = []) => formatMessage(en, key, subs) } };
