import { formatDayRange, formatMonth } from '../../format/dates';
import type { Period } from './period';

/** "March 2027" for a month, "Mar 8 – 14, 2027" for a week. */
export function periodTitle(period: Period): string {
  return period.view === 'month' ? formatMonth(period.anchor) : formatDayRange(period.from, period.to);
}
