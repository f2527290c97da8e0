import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readCatalogue } from '../../scripts/catalogue';
import type { Session } from './harness';
import { englishOnPages, englishPhrases, localeSession, popupHeights, refusedPackImport } from './locale-pages';
import { POPUP_MAX_HEIGHT } from './ui-fit';

// The UI in Spanish, as a browser set to Spanish shows it: no English sentence from the catalogue on any
// extension page, and the popup's longer Spanish sentences still fit Chrome's 600 px.
const en = readCatalogue('en');
const es = readCatalogue('es');
const phrases = englishPhrases(es);
// Whole Spanish messages of our own, long enough that no English text contains them.
const spanish = Object.entries(es)
  .filter(([key, e]) => e.message !== en[key].message && !e.message.includes('$') && e.message.length >= 12)
  .map(([, e]) => e.message);

describe('the UI in Spanish', () => {
  let s: Session;
  let productUrl: string;

  before(async () => {
    ({ s, productUrl } = await localeSession('es', 'es'));
  });
  after(async () => s?.close());

  it('shows no English UI text on the popup, options, notice or onboarding pages', async () => {
    assert.ok(phrases.length > 150, `only ${phrases.length} phrases`);
    const found = await englishOnPages(s, phrases, async (name, page, text) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', name);
      const shown = spanish.filter((m) => text.includes(m)).length;
      assert.ok(shown >= 3, `${name} shows only ${shown} Spanish messages`);
    });
    assert.deepEqual(found, []);
  });

  it('fits the product verdict and the flag form in 600 px', async () => {
    const { verdict, form } = await popupHeights(s, productUrl, es);
    console.log(`es popup heights: product view ${verdict} px, flag form ${form} px`);
    assert.ok(verdict <= POPUP_MAX_HEIGHT, `product view is ${verdict} px`);
    assert.ok(form <= POPUP_MAX_HEIGHT, `flag form is ${form} px`);
  });

  it('shows what the background writes in Spanish: a refused pack import in Options', async () => {
    assert.notEqual(es.bg_pack_header_alg.message, en.bg_pack_header_alg.message);
    assert.equal(await refusedPackImport(s, es), es.bg_pack_header_alg.message);
  });
});
