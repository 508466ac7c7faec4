import { i18n } from '../../i18n';

export type RangeErrors = { from?: string; to?: string };

/** What is wrong with a range of dates, at the field to fix first; empty when it is fine. */
export function rangeErrors(from: string, to: string): RangeErrors {
  if (!from) return { from: i18n.t('exports.attendance.fromRequired') };
  if (!to) return { to: i18n.t('exports.attendance.toRequired') };
  if (to < from) return { to: i18n.t('exports.attendance.toBeforeFrom') };
  return {};
}
