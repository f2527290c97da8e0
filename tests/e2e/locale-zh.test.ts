import assert from 'node:assert/strict';

import { after, before, describe, it } from 'node:test';
import { formatMessage, readCatalogue } from '../../scripts/catalogue';
import type { Session } from './harness';
import { englishOnPages, englishPhrases, localeSession, refusedPackImport } from './locale-pages';
import { rows } from './notice-helpers';

// The UI in Simplified Chinese, as a browser set to Chinese shows it: no English sentence from the
// catalogue may appear on any extension page.
const en = readCatalogue('en');
const zh = readCatalogue('zh_CN');
const phrases = englishPhrases(zh);

describe('the UI in Simplified Chinese', () => {
  let s: Session;
  let productUrl: string;

  before(async () => {
    ({ s, productUrl } = await localeSession('zh-CN', 'zh_CN'));
  });
  after(async () => s?.close());

  it('shows no English UI text on the popup, options, notice or onboarding pages', async () => {
    assert.ok(phrases.length > 150, `only ${phrases.length} phrases`);
    const found = await englishOnPages(s, phrases, async (name, page, text) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN', name);
      assert.match(text, /[\u4e00-\u9fff]/, `${name} shows Chinese`);
    });
    assert.deepEqual(found, []);
  });

  it('shows what the background writes in Chinese: a refused pack import in Options', async () => {
    // A signed-pack header naming another algorithm: the background's verifier refuses it with a sentence.
    assert.notEqual(zh.bg_pack_header_alg.message, en.bg_pack_header_alg.message);
    assert.equal(await refusedPackImport(s, zh), zh.bg_pack_header_alg.message);
  });

  it("shows what the background writes in Chinese: the capture's outcome after a flag", async () => {
    const product = await s.open(productUrl);
    const popup = await s.popupFor(product);
    await popup.getByRole('button', { name: zh.popup_flag_open.message }).click();
    const form = popup.getByRole('form', { name: zh.popup_flag_form.message });
    await form.getByLabel(zh.popup_flag_type.message).selectOption({ label: zh.common_type_COUNTERFEIT.message });
    await form.getByRole('button', { name: zh.popup_flag_save.message }).click();
    // No toolbar click in a test, so no screenshot: the background says why, in Chinese, beside the saved flag.
    const saved = popup.getByRole('status', { name: zh.popup_flag_saved.message });
    await saved.getByText(zh.bg_capture_no_screenshot.message).waitFor();
    await popup.close();
    for (const p of s.context.pages()) if (p.url() === product.url()) await p.close();

    // With the listing's tab closed, capturing again from the history is refused in Chinese.
    const options = await s.options('#history');
    const [flag] = await rows<{ id: number }>(s, 'flags');
    await options
      .getByRole('button', { name: formatMessage(zh, 'options_history_capture_for', [String(flag.id)]) })
      .click();
    await options.getByRole('alert').filter({ hasText: zh.bg_capture_open_first.message }).waitFor();
    await options.close();
  });
});
