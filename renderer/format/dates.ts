/**
 * Dates and times in the user's language. Workshop dates are calendar dates ("2027-03-09") and
 * wall-clock times ("15:30") in the workshop's time zone, so they are formatted as such, never
 * through the computer's own time zone.
 */
import { i18n } from '../i18n';

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and tables format hundreds of dates: one per language and options. */
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${i18n.language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(i18n.language, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** "Tuesday, March 9, 2027" */
export function formatLongDate(date: string): string {
  return formatter({ dateStyle: 'full' }).format(utcDate(date));
}

/** "Tue, Mar 9" (with the year when `withYear`) */
export function formatShortDate(date: string, withYear = false): string {
  return formatter({ weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(utcDate(date));
}

/** "March 2027" */
export function formatMonth(date: string): string {
  return formatter({ month: 'long', year: 'numeric' }).format(utcDate(date));
}

/** "3:30 PM" for "15:30" */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return formatter({ hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** "3:30 – 4:30 PM" for a meeting at "15:30" lasting 60 minutes. */
export function formatTimeRange(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const start = new Date(Date.UTC(2000, 0, 1, hours, mins));
  const end = new Date(start.getTime() + minutes * 60_000);
  return formatter({ hour: 'numeric', minute: '2-digit' }).formatRange(start, end);
}

/** Weekday names by ISO number (1 = Monday), e.g. weekdayName(2) = "Tuesday". */
export function weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return formatter({ weekday: width }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** "Mar 8" */
export function formatDayMonth(date: string): string {
  return formatter({ month: 'short', day: 'numeric' }).format(utcDate(date));
}

/** "Mar 8 – 14, 2027": a span of calendar dates. */
export function formatDayRange(from: string, to: string): string {
  return formatter({ month: 'short', day: 'numeric', year: 'numeric' }).formatRange(utcDate(from), utcDate(to));
}
