import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readCatalogue } from '../../scripts/catalogue';
import type { Session } from './harness';
import { englishOnPages, englishPhrases, localeSession } from './locale-pages';
import { POPUP_MAX_HEIGHT, popupHeight } from './ui-fit';

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
    const product = await s.open(productUrl);
    const popup = await s.popupFor(product);
    await popup.getByRole('region', { name: pt.popup_verdict.message }).waitFor();
    const verdict = await popupHeight(popup);
    await popup.getByRole('button', { name: pt.popup_flag_open.message }).click();
    await popup.getByRole('form', { name: pt.popup_flag_form.message }).waitFor();
    const form = await popupHeight(popup);
    console.log(`pt-BR popup heights: product view ${verdict} px, flag form ${form} px`);
    assert.ok(verdict <= POPUP_MAX_HEIGHT, `product view is ${verdict} px`);
    assert.ok(form <= POPUP_MAX_HEIGHT, `flag form is ${form} px`);
    await popup.close();
    await product.close();
  });

  it('shows what the background writes in Portuguese: a refused pack import in Options', async () => {
    const page = await s.options();
    await page.getByLabel(pt.options_import_file.message).setInputFiles({
      name: 'other-alg.signed',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('LISTING-LENS-SIGNED-PACK 1\nalg: rsa\nkey-id: 0123456789abcdef\nsignature: AAAA\n\n{}'),
    });
    const refusal = page.getByRole('alert').filter({ hasText: pt.bg_pack_header_alg.message });
    await refusal.waitFor();
    assert.equal((await refusal.innerText()).trim(), pt.bg_pack_header_alg.message);
    await page.close();
  });
});
