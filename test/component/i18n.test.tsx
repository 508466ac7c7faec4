import { en } from '../../renderer/i18n/en';
import { availableLanguages, i18n } from '../../renderer/i18n';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('interface text', () => {
  it('has English, found by its file name', () => {
    expect(availableLanguages).toContain('en');
    expect(i18n.t('nav.today')).toBe('Today');
  });

  // Comparing English with itself proves nothing: this runs once a second language file exists.
  it.skipIf(availableLanguages.length < 2)('has every English key, and only those, in every other language file', () => {
    const expected = keysOf(en).sort();
    for (const language of availableLanguages.filter((code) => code !== 'en')) {
      const bundle: unknown = i18n.getResourceBundle(language, 'translation');
      // Spanish (and other languages) add a `_many` plural form beside English's `_other`.
      const keys = keysOf(bundle).filter((key) => !(key.endsWith('_many') && expected.includes(key.replace(/_many$/, '_other'))));
      expect(keys.sort(), language).toEqual(expected);
    }
  });

  it('has no empty strings', () => {
    for (const language of availableLanguages) {
      const bundle = i18n.getResourceBundle(language, 'translation') as object;
      for (const key of keysOf(bundle)) expect(i18n.getFixedT(language)(key as 'nav.today'), `${language}: ${key}`).not.toBe('');
    }
  });
});
