/**
 * The period the calendar shows (a Monday-first week, or a month padded to whole weeks), worked out
 * from calendar dates only: no clock and no time zone.
 */
import { addDays, isCivilDate, startOfMonth, startOfWeek, type CivilDate } from '../../../core/domain/calendar/civil';

export const calendarViews = ['month', 'week'] as const;
export type CalendarViewKind = (typeof calendarViews)[number];

export interface Period {
  view: CalendarViewKind;
  /** The date the period was asked for; it decides which month or week is shown. */
  anchor: CivilDate;
  /** The first and last day on screen (a month starts and ends on whole weeks). */
  from: CivilDate;
  to: CivilDate;
  /** The days on screen, Monday to Sunday, one array per week. */
  weeks: CivilDate[][];
}

/** What the URL asks for: `?view=week|month&date=YYYY-MM-DD`. Anything else falls back to a month and no date. */
export function readCalendarParams(params: URLSearchParams): { view: CalendarViewKind; date: CivilDate | undefined } {
  const view = params.get('view') === 'week' ? 'week' : 'month';
  const date = params.get('date') ?? '';
  return { view, date: isCivilDate(date) ? date : undefined };
}

export function lastOfMonth(date: CivilDate): CivilDate {
  return addDays(shiftMonth(startOfMonth(date), 1), -1);
}

/** The first day of the month `months` after (or before) the month holding `date`. */
export function shiftMonth(date: CivilDate, months: number): CivilDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const shiftedYear = year + Math.floor(month / 12);
  const shiftedMonth = ((month % 12) + 12) % 12;
  return `${String(shiftedYear).padStart(4, '0')}-${String(shiftedMonth + 1).padStart(2, '0')}-01`;
}

export function periodOf(view: CalendarViewKind, anchor: CivilDate): Period {
  const from = startOfWeek(view === 'month' ? startOfMonth(anchor) : anchor);
  const to = view === 'month' ? addDays(startOfWeek(lastOfMonth(anchor)), 6) : addDays(from, 6);
  const weeks: CivilDate[][] = [];
  for (let monday = from; monday <= to; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(monday, index)));
  }
  return { view, anchor, from, to, weeks };
}

/** The date to show after Previous (-1) or Next (+1): the first of a month, or a Monday. */
export function stepFrom(view: CalendarViewKind, anchor: CivilDate, direction: -1 | 1): CivilDate {
  return view === 'month' ? shiftMonth(anchor, direction) : addDays(startOfWeek(anchor), 7 * direction);
}

export function isSameMonth(a: CivilDate, b: CivilDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}
