import { i18n } from '../i18n';

const percents = new Map<string, Intl.NumberFormat>();

/** A share from 0 to 1 as a whole percentage in a language's style (the interface's unless given): 0.857 → "86%" ("86 %" in Spanish). */
export function formatPercent(share: number, language: string = i18n.language): string {
  let percent = percents.get(language);
  if (!percent) {
    percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    percents.set(language, percent);
  }
  return percent.format(share);
}

/** A count in a language's style (the interface's unless given): 12345 → "12,345". */
export function formatCount(count: number, language: string = i18n.language): string {
  return count.toLocaleString(language);
}
