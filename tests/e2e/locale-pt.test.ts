import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readCatalogue } from '../../scripts/catalogue';
import type { Session } from './harness';
import { englishOnPages, englishPhrases, localeSession, popupHeights, refusedPackImport } from './locale-pages';
import { POPUP_MAX_HEIGHT } from './ui-fit';

// The UI in Brazilian Portuguese, as a browser set to pt-BR shows it: no English sentence from the
// catalogue on any extension page, and Portuguese sentences (longer than English) still fit the popup.
const pt = readCatalogue('pt_BR');
const phrases = englishPhrases(pt);
// Whole Portuguese sentences of our own, to tell a translated page from an empty one.
const portuguese = Object.values(pt)
  .map((e) => e.message)
  .filter((m) => !m.includes('$') && /[ãõçé]/.test(m));

describe('the UI in Brazilian Portuguese', () => {
  let s: Session;
  let productUrl: string;

  before(async () => {
    ({ s, productUrl } = await localeSession('pt-BR', 'pt_BR'));
  });
  after(async () => s?.close());

  it('shows no English UI text on the popup, options, notice or onboarding pages', async () => {
    assert.ok(phrases.length > 150, `only ${phrases.length} phrases`);
    const found = await englishOnPages(s, phrases, async (name, page, text) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR', name);
      assert.ok(
        portuguese.some((m) => text.includes(m)),
        `${name} shows Portuguese`,
      );
    });
    assert.deepEqual(found, []);
  });

  it('fits the product verdict and the flag form in 600 px', async () => {
    const { verdict, form } = await popupHeights(s, productUrl, pt);
    console.log(`pt-BR popup heights: product view ${verdict} px, flag form ${form} px`);
    assert.ok(verdict <= POPUP_MAX_HEIGHT, `product view is ${verdict} px`);
    assert.ok(form <= POPUP_MAX_HEIGHT, `flag form is ${form} px`);
  });

  it('shows what the background writes in Portuguese: a refused pack import in Options', async () => {
    assert.equal(await refusedPackImport(s, pt), pt.bg_pack_header_alg.message);
  });
});
