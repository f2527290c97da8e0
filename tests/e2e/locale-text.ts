import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { type Catalogue, readCatalogue } from '../../scripts/catalogue';
import type { Session } from './harness';

// Shared by the locale tests: which English phrases must not show in a translated UI, and what each
// extension page shows. Data (listing titles, sellers, pack and key names) is not UI text: the
// components mark it translate="no", and it is left out.

/** Fixed runs of English words (between placeholders) long enough to be unmistakably a UI phrase. */
export function englishUiPhrases(translated: Catalogue): string[] {
  const en = readCatalogue('en');
  return [
    ...new Set(
      Object.entries(en)
        .filter(([key]) => key !== 'extName' && en[key].message !== translated[key]?.message)
        .flatMap(([, e]) => e.message.split(/\$[A-Za-z0-9_]+\$/))
        .map((s) => s.trim())
        .filter((s) => /^[A-Za-z][A-Za-z ,'’]{9,}/.test(s) && s.includes(' ')),
    ),
  ];
}

/** The page's UI text with every disclosure open: body text, title, and read-aloud attributes. */
async function shownText(page: Page): Promise<string> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  return page.evaluate(() => {
    const ui = document.body.cloneNode(true) as HTMLElement;
    for (const data of ui.querySelectorAll('[translate="no"]')) data.remove();
    const attrs = [...ui.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [ui.textContent ?? '', document.title, ...attrs].join('\n');
  });
}

interface UiScan {
  /** Tabs already showing a product page and a results page, for the popup. */
  product: Page;
  results: Page;
  /** The `lang` the pages must declare (the catalogue's common_lang). */
  lang: string;
  phrases: string[];
  /** Asserts that a page's text is in the expected language. */
  inLanguage: (name: string, text: string) => void;
}

/** Opens the popup (product and results), Options, the notice basket and onboarding; returns each English phrase shown. */
export async function englishOnExtensionPages(s: Session, scan: UiScan): Promise<string[]> {
  const extensionPage = async (path: string) => {
    const p = await s.context.newPage();
    await p.goto(`chrome-extension://${s.extensionId}/${path}`);
    return p;
  };
  const pages: [string, () => Promise<Page>][] = [
    ['popup, product', () => s.popupFor(scan.product)],
    ['popup, results', () => s.popupFor(scan.results)],
    ['options', () => s.options()],
    ['notice basket', () => extensionPage('notice.html#basket')],
    ['onboarding', () => extensionPage('onboarding.html')],
  ];
  const found: string[] = [];
  for (const [name, open] of pages) {
    const page = await open();
    await page.locator('main').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.documentElement.lang), scan.lang, name);
    const text = await shownText(page);
    scan.inLanguage(name, text);
    for (const phrase of scan.phrases) if (text.includes(phrase)) found.push(`${name}: "${phrase}"`);
    await page.close();
  }
  return found;
}
