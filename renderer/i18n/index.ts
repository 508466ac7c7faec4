import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
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
  const next = availableLanguages.includes(language) ? language : 'en';
  if (i18n.language !== next) void i18n.changeLanguage(next);
  document.documentElement.lang = next;
}
