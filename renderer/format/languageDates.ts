/**
 * Dates and times in one given language, with no app state (`dates.ts` binds them to the interface's
 * language; message wording and tools pass their own). Workshop dates are calendar dates
 * ("2027-03-09") and wall-clock times ("15:30") in the workshop's time zone, so they are formatted
 * as such, never through the computer's own time zone.
 */

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function utcTime(time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(2000, 0, 1, hours, minutes));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to make and tables format hundreds of dates: one per language and options. */
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** Every date and time format, in one language. */
export function datesIn(language: string) {
  const format = (options: Intl.DateTimeFormatOptions) => formatter(language, options);
  return {
    /** "Tuesday, March 9, 2027" */
    longDate: (date: string) => format({ dateStyle: 'full' }).format(utcDate(date)),
    /** "Tue, Mar 9" (with the year when `withYear`) */
    shortDate: (date: string, withYear = false) =>
      format({ weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) }).format(utcDate(date)),
    /** "March 2027" */
    month: (date: string) => format({ month: 'long', year: 'numeric' }).format(utcDate(date)),
    /** "3:30 PM" for "15:30" */
    time: (time: string) => format({ hour: 'numeric', minute: '2-digit' }).format(utcTime(time)),
    /** "3:30 – 4:30 PM" for a meeting at "15:30" lasting 60 minutes. */
    timeRange: (time: string, minutes: number) => {
      const start = utcTime(time);
      return format({ hour: 'numeric', minute: '2-digit' }).formatRange(start, new Date(start.getTime() + minutes * 60_000));
    },
    /** Weekday names by ISO number (1 = Monday), e.g. weekdayName(2) = "Tuesday". 2024-01-01 was a Monday. */
    weekdayName: (weekday: number, width: 'long' | 'short' = 'long') => format({ weekday: width }).format(new Date(Date.UTC(2024, 0, weekday))),
    /** "Mar 8" */
    dayMonth: (date: string) => format({ month: 'short', day: 'numeric' }).format(utcDate(date)),
    /** "Mar 8 – 14, 2027": a span of calendar dates. */
    dayRange: (from: string, to: string) => format({ month: 'short', day: 'numeric', year: 'numeric' }).formatRange(utcDate(from), utcDate(to)),
  };
}

export type Dates = ReturnType<typeof datesIn>;
