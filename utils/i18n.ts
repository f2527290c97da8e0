// All UI text goes through the browser's i18n catalogues (assets/public/_locales/<locale>/messages.json);
// the browser picks the locale from its own language. Keys are typed from the English catalogue by
// `wxt prepare`, so a missing key is a compile error.
import { browser } from 'wxt/browser';

export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The message for `key` in the browser's language, with $1..$9 placeholders filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String));
}
