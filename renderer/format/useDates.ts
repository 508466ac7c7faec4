import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { datesIn, type Dates } from './dates';

/** Date formats in the language of the text around them: a document's own inside <InLanguage>, else the interface's. */
export function useDates(): Dates {
  const { i18n } = useTranslation();
  return useMemo(() => datesIn(i18n.language), [i18n.language]);
}
