import { TZDate } from '@date-fns/tz';
import type { CivilDate, ClockTime } from './civil';
import { minutesOfDay } from './civil';

/** The instant a wall-clock date and time happen in `timeZone`. */
export function zonedInstant(date: CivilDate, time: ClockTime, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const minutes = minutesOfDay(time);
  return new Date(new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
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
