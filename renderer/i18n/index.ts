import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, supportedLanguages, type Language } from '../../core/domain/languages';
import { en, type Translation } from './en';
import { pseudoLocaleRequested, pseudoLocalized } from './pseudo';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

/** Every language file next to this one, found by its two-letter name (`en.ts`, `es.ts`, ...). */
const languageFiles = import.meta.glob<Translation>('./[a-z][a-z].ts', { eager: true, import: 'default' });

const resources: Record<string, { translation: Translation }> = {};
for (const [file, translation] of Object.entries(languageFiles)) {
  const code = /\/([a-z]{2})\.ts$/.exec(file)?.[1];
  if (code) resources[code] = { translation };
}
resources.en ??= { translation: en };
// Layout tests ask for the pseudo-locale in place of English (see pseudo.ts); users never see it.
if (pseudoLocaleRequested()) resources.en = { translation: pseudoLocalized(en) };

export const availableLanguages = Object.keys(resources);

/** The languages a user can choose, in the order of core's list: those the app speaks and has a catalog for. */
export const appLanguages: readonly Language[] = supportedLanguages.filter((code) => code in resources);

/** A language the app can show, or English. */
export function shownLanguage(language: string | null | undefined): Language {
  return appLanguages.find((code) => code === language) ?? FALLBACK_LANGUAGE;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: availableLanguages,
  interpolation: { escapeValue: false }, // React escapes what it renders.
  initAsync: false,
});

/** Switches the interface language (ignoring languages without a file) and the page's `lang`. */
export function applyLanguage(language: string): void {
  const next = shownLanguage(language);
  if (i18n.language !== next) void i18n.changeLanguage(next);
  document.documentElement.lang = next;
}

const fixedInstances = new Map<Language, I18n>();

/**
 * An instance that always speaks one language, whatever the interface speaks: for what is handed
 * to the group (printed pages, the presenter), which follow the group's language. Its `t` and
 * `language` are those of that language; changing the interface language leaves it alone.
 */
export function fixedLanguageInstance(language: Language): I18n {
  let instance = fixedInstances.get(language);
  if (!instance) {
    instance = i18n.cloneInstance({ lng: language, initAsync: false });
    fixedInstances.set(language, instance);
  }
  return instance;
}
