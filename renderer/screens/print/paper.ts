import type { PaperSize } from '../../../core/contract/reports';

export type { PaperSize };

/** Regions whose printers are loaded with US Letter; everywhere else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'SV', 'DO', 'PA', 'NI', 'HN']);

/** The paper the computer's locale most likely uses. */
export function localPaper(language: string = navigator.language): PaperSize {
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'letter';
  }
}

export function isPaperSize(value: string | null): value is PaperSize {
  return value === 'letter' || value === 'a4';
}
