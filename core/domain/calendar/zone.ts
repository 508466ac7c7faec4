import { TZDate, tzOffset } from '@date-fns/tz';
import type { CivilDate, ClockTime } from './civil';
import { minutesOfDay } from './civil';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The instant a wall-clock date and time happen in `timeZone`. On the nights clocks change it
 * follows the rule of clockChangeAt: a repeated time is its first occurrence, a skipped time is
 * moved forward by the jump. (TZDate's own choice depends on the computer's zone, so it is not used.)
 */
export function zonedInstant(date: CivilDate, time: ClockTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOfDay(time);
  // The wall time read as if it were UTC; the real instant is this minus the zone's offset then.
  const asUtc = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  // Clocks change at most once within a day either side, so these are the offsets that can apply.
  const before = tzOffset(timeZone, new Date(asUtc - DAY));
  const after = tzOffset(timeZone, new Date(asUtc + DAY));
  const fits = [before, after].map((offset) => asUtc - offset * MINUTE).filter((instant) => asUtc - tzOffset(timeZone, new Date(instant)) * MINUTE === instant);
  // No offset fits a skipped time: read with the offset before the jump, it lands that far after it.
  return new Date(fits.length > 0 ? Math.min(...fits) : asUtc - before * MINUTE);
}

/** The calendar date `instant` falls on in `timeZone`. */
export function civilDateIn(instant: Date, timeZone: string): CivilDate {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`;
}

/** The wall-clock time `instant` shows in `timeZone`. */
export function clockTimeIn(instant: Date, timeZone: string): ClockTime {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return `${String(zoned.getHours()).padStart(2, '0')}:${String(zoned.getMinutes()).padStart(2, '0')}`;
}

/**
 * A wall-clock time on a night the clocks change: `skipped` when the clocks jump over it (02:30
 * when they go forward at 02:00), `repeated` when it happens twice (01:30 when they go back at
 * 02:00). The app's rule, the one iCalendar (RFC 5545) gives calendar programs: a skipped time is
 * moved forward by the jump (`movedTo`, 03:30), and a repeated time means its first occurrence,
 * before the clocks go back.
 */
export type ClockChange = { kind: 'skipped'; movedTo: ClockTime } | { kind: 'repeated' };

/** Clock changes are 30 minutes, an hour or (rarely) two. */
const CLOCK_CHANGE_MINUTES = [30, 60, 120];

export function clockChangeAt(date: CivilDate, time: ClockTime, timeZone: string): ClockChange | undefined {
  const instant = zonedInstant(date, time, timeZone);
  const shown = clockTimeIn(instant, timeZone);
  if (shown !== time || civilDateIn(instant, timeZone) !== date) return { kind: 'skipped', movedTo: shown };
  // zonedInstant gives the first occurrence: a repeated time shows again a little later.
  const happensAgain = CLOCK_CHANGE_MINUTES.some((minutes) => {
    const later = new Date(instant.getTime() + minutes * MINUTE);
    return clockTimeIn(later, timeZone) === time && civilDateIn(later, timeZone) === date;
  });
  return happensAgain ? { kind: 'repeated' } : undefined;
}

/** Whether the wall-clock time `instant` shows in `timeZone` happens only once that day. */
export function showsOnceIn(instant: Date, timeZone: string): boolean {
  return clockChangeAt(civilDateIn(instant, timeZone), clockTimeIn(instant, timeZone), timeZone) === undefined;
}
