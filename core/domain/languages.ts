import { z } from 'zod';

/**
 * The languages the app speaks, by BCP 47 code. To add one: add its code here, then its catalogs
 * (renderer/i18n/<code>.ts and the file labels in core/domain/exports/fileLabels.ts); every list of
 * languages on screen is built from this one.
 */
export const supportedLanguages = ['en', 'es'] as const;
export type Language = (typeof supportedLanguages)[number];

export const languageSchema = z.enum(supportedLanguages);

/** The language of data written before languages could be chosen, and of a computer whose language the app does not speak. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return (supportedLanguages as readonly unknown[]).includes(value);
}

/** The first of the computer's preferred languages the app speaks ("es-MX" -> "es"), else English. */
export function languageOfLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

/** A language's name in that language, as a menu of languages shows it: "English", "Español". */
export function languageName(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
