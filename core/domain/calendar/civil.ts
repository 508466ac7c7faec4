import { ruleOf } from '../issues';
import { z } from 'zod';

/**
 * Calendar dates and wall-clock times as people write them, with no time zone: "2027-03-09", "15:30".
 * A meeting happens at a date and time in its workshop's time zone, so a 15:30 group stays at 15:30
 * when the clocks change. Instants (UTC) are only made where one is needed: iCalendar and conflicts.
 */
export type CivilDate = string;
export type ClockTime = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parts(date: CivilDate): [number, number, number] | undefined {
  const match = datePattern.exec(date);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isCivilDate(text: string): boolean {
  const found = parts(text);
  if (!found) return false;
  const [year, month, day] = found;
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const civilDate = z.string().refine(isCivilDate, { message: 'must be a date written YYYY-MM-DD', ...ruleOf({ rule: 'not-a-date' }) });
export const clockTime = z.string().regex(timePattern, { message: 'must be a time written HH:MM (24-hour)' });

function toUtcDate(date: CivilDate): Date {
  const found = parts(date);
  if (!found || !isCivilDate(date)) throw new RangeError(`Not a date: ${date}`);
  return new Date(Date.UTC(found[0], found[1] - 1, found[2]));
}

function fromUtcDate(date: Date): CivilDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const utc = toUtcDate(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtcDate(utc);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export function weekdayOf(date: CivilDate): Weekday {
  const day = toUtcDate(date).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The Monday of the week holding `date`. */
export function startOfWeek(date: CivilDate): CivilDate {
  return addDays(date, 1 - weekdayOf(date));
}

export function startOfMonth(date: CivilDate): CivilDate {
  return `${date.slice(0, 7)}-01`;
}

/** Minutes since midnight for a wall-clock time. */
export function minutesOfDay(time: ClockTime): number {
  const match = timePattern.exec(time);
  if (!match) throw new RangeError(`Not a time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Zones already found known: every workshop read checks its zone, and making a formatter to ask costs more than the rest of the check. */
const knownTimeZones = new Set<string>();

/** Whether `timeZone` is an IANA zone this runtime knows (e.g. "America/Los_Angeles"). */
export function isTimeZone(timeZone: string): boolean {
  if (knownTimeZones.has(timeZone)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
  knownTimeZones.add(timeZone);
  return true;
}

export const timeZoneName = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'must be a time zone such as America/Los_Angeles', ...ruleOf({ rule: 'not-an-option' }) });
