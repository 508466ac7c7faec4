import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { datesIn, type Dates } from './dates';
import { formatPercent } from './numbers';

/** Date formats in the language of the text around them: a document's own inside <InLanguage>, else the interface's. */
export function useDates(): Dates {
  const { i18n } = useTranslation();
  return useMemo(() => datesIn(i18n.language), [i18n.language]);
}

/** Percentages in the language of the text around them (see useDates). */
export function usePercent(): (share: number) => string {
  const { i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(() => (share: number) => formatPercent(share, language), [language]);
}

/** Joins words as the language of the text around them lists them: "a, b and c", "a, b y c" (`unit`: "a, b, c"). */
export function useList(type: Intl.ListFormatType = 'conjunction'): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const { language } = i18n;
  return useMemo(() => {
    const format = new Intl.ListFormat(language, { type, style: type === 'unit' ? 'narrow' : 'long' });
    return (items: readonly string[]) => format.format(items);
  }, [language, type]);
}
