import assert from 'node:assert/strict';

import { after, before, describe, it } from 'node:test';
import { readCatalogue } from '../../scripts/catalogue';
import { demoTour, launchExtension, type Session } from './harness';
import { englishOnExtensionPages, englishUiPhrases } from './locale-text';
import { POPUP_MAX_HEIGHT, popupHeight } from './ui-fit';

// The UI in Spanish, as a browser set to Spanish shows it: no English sentence from the catalogue on
// the extension pages, and the popup's longer sentences still fit Chrome's 600 px.
const en = readCatalogue('en');
const es = readCatalogue('es');
const englishPhrases = englishUiPhrases(es);
/** Whole Spanish messages without placeholders, long enough that English cannot contain them. */
const spanishMessages = Object.entries(es)
  .filter(([key, e]) => e.message !== en[key].message && !e.message.includes('$') && e.message.length >= 12)
  .map(([, e]) => e.message);

describe('the UI in Spanish', () => {
  let s: Session;
  const tour = demoTour();
  const suspect = tour.find((t) => t.expect === 'suspect' && t.url.includes('/dp/'))!;
  const search = tour.find((t) => t.url.includes('/sch/'))!;

  before(async () => {
    s = await launchExtension({ args: ['--lang=es'], env: { LANGUAGE: 'es', LANG: 'es_ES.UTF-8' } });
    s.serve(tour.map((t) => ({ url: t.url, file: t.file })));
  });
  after(async () => s?.close());

  it('checks for enough English phrases to mean something', () => {
    assert.ok(englishPhrases.length > 150, `only ${englishPhrases.length} phrases`);
  });

  it('shows no English UI text on the popup, options, notice or onboarding pages', async () => {
    const found = await englishOnExtensionPages(s, {
      product: await s.open(suspect.url),
      results: await s.open(search.url),
      lang: 'es',
      phrases: englishPhrases,
      inLanguage: (name, text) => {
        const shown = spanishMessages.filter((m) => text.includes(m));
        assert.ok(shown.length >= 3, `${name} shows only ${shown.length} Spanish messages`);
      },
    });
    assert.deepEqual(found, []);
  });

  it('fits the product verdict and the flag form in 600 px', async () => {
    const page = await s.open(suspect.url);
    const popup = await s.popupFor(page);
    await popup.getByRole('region', { name: es.popup_verdict.message }).waitFor();
    const product = await popupHeight(popup);
    await popup.getByRole('button', { name: es.popup_flag_open.message }).click();
    await popup.getByRole('form', { name: es.popup_flag_form.message }).waitFor();
    const form = await popupHeight(popup);
    console.log(`popup heights in Spanish: product view ${product} px, flag form ${form} px`);
    assert.ok(product <= POPUP_MAX_HEIGHT, `product view is ${product} px`);
    assert.ok(form <= POPUP_MAX_HEIGHT, `flag form is ${form} px`);
    await popup.close();
    await page.close();
  });
});
