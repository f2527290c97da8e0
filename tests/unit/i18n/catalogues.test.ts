import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n';
import { formatMessage, localeNames, readCatalogue } from '../../../scripts/catalogue';

const en = readCatalogue('en');
// Known to be over the limit, each to be shortened by its translator; an allowance that fits fails.
const placeholdersOf = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1].toLowerCase()).sort();

describe('message catalogues', () => {
  it('ship English and Simplified Chinese', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(['en', 'zh_CN']));
  });

  for (const locale of localeNames()) {
    it(`${locale} has exactly the English keys, each with the same placeholders`, () => {
      const cat = readCatalogue(locale);
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(en)) {
        expect(cat[key].message.trim(), `${locale}/${key} is empty`).not.toBe('');
        expect(placeholdersOf(cat[key].message), `${locale}/${key}`).toEqual(placeholdersOf(entry.message));
        expect(Object.keys(cat[key].placeholders ?? {}).sort(), `${locale}/${key}`).toEqual(
          Object.keys(entry.placeholders ?? {}).sort(),
        );
      }
    });

    it(`${locale} describes the extension within the 132 characters Chrome allows`, () => {
      const length = readCatalogue(locale).extDescription.message.length;
      expect(length).toBeLessThanOrEqual(132);
    });
  }

  it('fills placeholders as the browser does', () => {
    const cat = {
      k: { message: 'Hello $USER$, $1 costs $$5 ($2)', placeholders: { user: { content: '$1' } } },
    };
    expect(formatMessage(cat, 'k', ['Ana', 'x'])).toBe('Hello Ana, Ana costs $5 (x)');
    expect(formatMessage(cat, 'missing')).toBe('');
  });

  it('t() reads the catalogue through browser.i18n', () => {
    expect(t('extName')).toBe('Listing Lens');
  });
});
