import { en } from '../../renderer/i18n/en';
import { availableLanguages, i18n } from '../../renderer/i18n';
import { flatten, keyProblems, placeholderProblems, untranslatedTexts } from '../support/catalogParity';

/**
 * Texts that rightly read the same in another language: the app's name, keyboard keys, file formats, units,
 * and words spelled the same. Keep this short; a key belongs here only if no translation is better.
 */
const sameInEveryLanguage = new Set([
  'app.name',
  'app.documentTitle',
  'lock.shortcut',
  'attendance.keys.ctrlZ',
  'attendance.keys.backspace',
  'exports.attendance.formats.csv',
  'exports.attendance.formats.xlsx',
  'print.toolbar.papers.a4',
  'run.timer.plusOne',
  'run.timer.plusFive',
]);
const sameInLanguage: Record<string, ReadonlySet<string>> = {
  es: new Set([
    'curricula.minutes_one',
    'curricula.minutes_many',
    'curricula.minutes_other',
    'curricula.minutesRange',
    'curricula.session.adaptable',
    'rolePicker.legend',
    'settings.facilitators.rolesLegend',
    'moduleFields.roles',
    'print.letter.no',
    // F is Falso as it is False: the key typed for it in the survey grid.
    'surveys.grid.marks.false',
  ]),
};

const english = flatten(en);
const otherLanguages = availableLanguages.filter((code) => code !== 'en');

/** Each namespace with the file it is written in: `es/workshops.ts` for a namespace with its own file, else the language file. */
const namespaceFiles = Object.keys(import.meta.glob('../../renderer/i18n/en/*.ts')).map((path) => /\/(\w+)\.ts$/.exec(path)?.[1]);
const namespaces = Object.keys(en).map((namespace) => ({
  namespace,
  file: (language: string) => (namespaceFiles.includes(namespace) ? `${language}/${namespace}.ts` : `${language}.ts`),
}));

function within(texts: Map<string, string>, namespace: string): Map<string, string> {
  return new Map([...texts].filter(([key]) => key.startsWith(`${namespace}.`)));
}

describe('interface text', () => {
  it('has English, found by its file name', () => {
    expect(availableLanguages).toContain('en');
    expect(i18n.t('nav.today')).toBe('Today');
  });

  it('has no empty strings', () => {
    for (const language of availableLanguages) {
      for (const [key, text] of flatten(i18n.getResourceBundle(language, 'translation'))) expect(text, `${language}: ${key}`).not.toBe('');
    }
  });
});

describe('the parity checks', () => {
  const reference = new Map([
    ['a.title', 'Workshops'],
    ['a.count_one', '{{count}} meeting'],
    ['a.count_other', '{{count}} meetings'],
    ['a.link', 'Import one in <link>Curricula</link>.'],
    ['a.pair', '{{first}} – {{last}}'],
  ]);
  const translated = new Map([
    ['a.title', 'Talleres'],
    ['a.count_one', '{{count}} encuentro'],
    ['a.count_many', '{{count}} encuentros'],
    ['a.count_other', '{{count}} encuentros'],
    ['a.link', 'Importa uno en <link>Currículos</link>.'],
    ['a.pair', '{{first}} – {{last}}'],
  ]);

  it('find nothing wrong in a faithful translation', () => {
    expect(keyProblems(reference, translated, 'es')).toEqual([]);
    expect(placeholderProblems(reference, translated, 'es')).toEqual([]);
    expect(untranslatedTexts(reference, translated, 'es', new Set())).toEqual([]);
  });

  it('report a missing key, a missing Spanish plural form and a key English does not have', () => {
    const broken = new Map(translated);
    broken.delete('a.title');
    broken.delete('a.count_many');
    broken.set('a.extra', 'Sobra');
    expect(keyProblems(reference, broken, 'es')).toEqual(['a.title: missing', 'a.count_many: missing', 'a.extra: not in English']);
  });

  it('refuse a `_many` form in a language whose plural rules have none', () => {
    expect(keyProblems(reference, translated, 'en')).toEqual(['a.count_many: not in English']);
  });

  it('report a renamed placeholder, a dropped one and a lost tag, also in a `_many` form', () => {
    const broken = new Map(translated);
    broken.set('a.count_many', '{{número}} encuentros');
    broken.set('a.pair', '{{first}}');
    broken.set('a.link', 'Importa uno en Currículos.');
    expect(placeholderProblems(reference, broken, 'es')).toEqual([
      'a.count_many: has [{{número}}], English has [{{count}}]',
      'a.link: has [], English has [</link> <link>]',
      'a.pair: has [{{first}}], English has [{{first}} {{last}}]',
    ]);
  });

  it('report English left in place, unless the key is allowed to stay the same', () => {
    const broken = new Map(translated);
    broken.set('a.title', 'Workshops');
    broken.set('a.count_many', '{{count}} meetings');
    expect(untranslatedTexts(reference, broken, 'es', new Set())).toEqual([
      'a.title: still English, “Workshops”',
      'a.count_many: still English, “{{count}} meetings”',
    ]);
    expect(untranslatedTexts(reference, broken, 'es', new Set(['a.title', 'a.count_many']))).toEqual([]);
  });
});

// One test per namespace and language, so a failure names the file to fix.
describe.each(otherLanguages)('the %s interface text', (language) => {
  const translation = flatten(i18n.getResourceBundle(language, 'translation'));
  const allowedSame = new Set([...sameInEveryLanguage, ...(sameInLanguage[language] ?? [])]);

  it('allows only keys that exist to stay the same as English', () => {
    expect([...allowedSame].filter((key) => !translation.has(key))).toEqual([]);
  });

  it.each(namespaces.map(({ namespace, file }) => [file(language), namespace]))('%s (%s) matches English', (_file, namespace) => {
    const reference = within(english, namespace);
    const texts = within(translation, namespace);
    expect({
      keys: keyProblems(reference, texts, language),
      placeholders: placeholderProblems(reference, texts, language),
      untranslated: untranslatedTexts(reference, texts, language, allowedSame),
    }).toEqual({ keys: [], placeholders: [], untranslated: [] });
  });
});
