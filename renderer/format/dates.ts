/**
 * Dates and times in a language: the interface's (the `format…` functions) or a document's own
 * (`datesIn(language)`, e.g. a certificate printed in the group's language). Workshop dates are
 * calendar dates ("2027-03-09") and wall-clock times ("15:30") in the workshop's time zone, so they
 * are formatted as such, never through the computer's own time zone.
 */
import { i18n } from '../i18n';
import { datesIn } from './languageDates';

export { datesIn, type Dates } from './languageDates';

const shown = () => datesIn(i18n.language);

export const formatLongDate = (date: string) => shown().longDate(date);
export const formatShortDate = (date: string, withYear = false) => shown().shortDate(date, withYear);
export const formatMonth = (date: string) => shown().month(date);
export const formatTime = (time: string) => shown().time(time);
export const formatTimeRange = (time: string, minutes: number) => shown().timeRange(time, minutes);
export const weekdayName = (weekday: number, width: 'long' | 'short' = 'long') => shown().weekdayName(weekday, width);
export const formatDayMonth = (date: string) => shown().dayMonth(date);
export const formatDayRange = (from: string, to: string) => shown().dayRange(from, to);
