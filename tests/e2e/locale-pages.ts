import type { Page } from 'playwright-core';
import { type Catalogue, readCatalogue } from '../../scripts/catalogue';
import { demoTour, launchExtension, type Session } from './harness';
import { popupHeight } from './ui-fit';

// What the locale tests share: the English UI phrases a translated page must not show, the text a user
// sees on a page, and the extension pages to look at. Data (listing titles, sellers, pack and key names)
// is not UI text: the components mark it translate="no", and it is left out.

/** Fixed runs of English words (between placeholders) long enough to be unmistakably a UI phrase. */
export function englishPhrases(translated: Catalogue): string[] {
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

async function shownText(page: Page): Promise<string> {
  // Disclosures open, so what hides behind them is checked too.
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

const tour = () => demoTour();
const suspectUrl = () => tour().find((t) => t.expect === 'suspect' && t.url.includes('/dp/'))!.url;

/** Chromium set to a language (`pt-BR`, `pt_BR`) serving the demo tour, with the suspect product page's URL. */
export async function localeSession(lang: string, locale: string): Promise<{ s: Session; productUrl: string }> {
  const s = await launchExtension({ args: [`--lang=${lang}`], env: { LANGUAGE: locale, LANG: `${locale}.UTF-8` } });
  s.serve(tour().map((t) => ({ url: t.url, file: t.file })));
  return { s, productUrl: suspectUrl() };
}

/** The English phrases shown on the extension pages, after `check` has looked at each page. */
export async function englishOnPages(
  s: Session,
  phrases: string[],
  check: (name: string, page: Page, text: string) => Promise<void>,
): Promise<string[]> {
  const product = await s.open(suspectUrl());
  const results = await s.open(tour().find((t) => t.url.includes('/sch/'))!.url);
  const found: string[] = [];
  await eachPage(extensionPages(s, product, results), async (name, page, text) => {
    await check(name, page, text);
    for (const phrase of phrases) if (text.includes(phrase)) found.push(`${name}: "${phrase}"`);
  });
  await product.close();
  await results.close();
  return found;
}

/** The popup on a product and on a results page, Options, the notice basket and onboarding. */
function extensionPages(s: Session, product: Page, results: Page): [string, () => Promise<Page>][] {
  const open = (path: string) => async () => {
    const p = await s.context.newPage();
    await p.goto(`chrome-extension://${s.extensionId}/${path}`);
    return p;
  };
  return [
    ['popup, product', () => s.popupFor(product)],
    ['popup, results', () => s.popupFor(results)],
    ['options', () => s.options()],
    ['notice basket', open('notice.html#basket')],
    ['onboarding', open('onboarding.html')],
  ];
}

/** Opens each page once it has rendered, hands it to `check` with its shown text, then closes it. */
async function eachPage(
  pages: [string, () => Promise<Page>][],
  check: (name: string, page: Page, text: string) => Promise<void>,
): Promise<void> {
  for (const [name, open] of pages) {
    const page = await open();
    await page.locator('main').first().waitFor();
    await page.waitForTimeout(300);
    await check(name, page, await shownText(page));
    await page.close();
  }
}

/** The popup's height on the suspect product, first as the verdict, then with the flag form open. */
export async function popupHeights(
  s: Session,
  productUrl: string,
  cat: Catalogue,
): Promise<{ verdict: number; form: number }> {
  const product = await s.open(productUrl);
  const popup = await s.popupFor(product);
  await popup.getByRole('region', { name: cat.popup_verdict.message }).waitFor();
  const verdict = await popupHeight(popup);
  await popup.getByRole('button', { name: cat.popup_flag_open.message }).click();
  await popup.getByRole('form', { name: cat.popup_flag_form.message }).waitFor();
  // The form is whole once focus has moved into it: measured before that, the button it replaces may still show.
  await popup.waitForFunction(() => document.activeElement?.id === 'll-type', null, { timeout: 5_000 });
  const form = await popupHeight(popup);
  await popup.close();
  await product.close();
  return { verdict, form };
}

/**
 * Imports in Options a signed pack whose header names another algorithm; returns the refusal the background
 * writes, in the UI's language.
 */
export async function refusedPackImport(s: Session, cat: Catalogue): Promise<string> {
  const page = await s.options();
  await page.getByLabel(cat.options_import_file.message).setInputFiles({
    name: 'other-alg.signed',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('LISTING-LENS-SIGNED-PACK 1\nalg: rsa\nkey-id: 0123456789abcdef\nsignature: AAAA\n\n{}'),
  });
  const refusal = page.getByRole('alert').filter({ hasText: cat.bg_pack_header_alg.message });
  await refusal.waitFor();
  const text = (await refusal.innerText()).trim();
  await page.close();
  return text;
}
