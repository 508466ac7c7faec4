import type { PreviewMeeting } from './views';
import { addDays, daysBetween, startOfWeek, type CivilDate } from '../calendar/civil';
import type { SchedulePlan } from '../workshop';

export interface GeneratedSchedule {
  meetings: PreviewMeeting[];
  skipped: CivilDate[];
}

/** No real series runs this long; reaching it means the plan cannot be met (or is malformed). */
const MAX_YEARS = 20;

interface PatternDate {
  date: CivilDate;
  skipped: boolean;
}

/** Every date of the weekly pattern strictly after `after`, each marked when the skip list removes it. */
function* patternDates(plan: SchedulePlan, after: CivilDate): Generator<PatternDate> {
  const anchor = startOfWeek(plan.startDate);
  const days = [...new Set(plan.weekdays)].sort((a, b) => a - b);
  const skip = new Set(plan.skipDates);
  const from = after < plan.startDate ? plan.startDate : addDays(after, 1);
  const limit = addDays(from, MAX_YEARS * 366);
  const every = Math.max(1, Math.floor(plan.everyWeeks));

  let week = Math.max(0, Math.floor(daysBetween(anchor, from) / 7));
  for (;;) {
    week = Math.ceil(week / every) * every;
    const monday = addDays(anchor, week * 7);
    if (monday > limit) {
      throw new RangeError(
        `The schedule would run past ${limit}, more than ${MAX_YEARS} years on. Meet more often, or check the weekdays and the dates to skip.`,
      );
    }
    for (const day of days) {
      const date = addDays(monday, day - 1);
      if (date < from) continue;
      yield { date, skipped: skip.has(date) };
    }
    week += 1;
  }
}

/** Dates of the plan's weekly pattern strictly after `after`, leaving out the plan's skip dates. */
export function* patternDatesAfter(plan: SchedulePlan, after: CivilDate): Generator<CivilDate> {
  for (const { date, skipped } of patternDates(plan, after)) {
    if (!skipped) yield date;
  }
}

type Slot = Pick<PreviewMeeting, 'sessionIds' | 'part'>;

/** What each meeting covers, in order, before any dates are chosen. */
function slotsFor(coverage: SchedulePlan['coverage'], sessionIds: readonly string[]): Slot[] {
  switch (coverage) {
    case 'one':
      return sessionIds.map((id) => ({ sessionIds: [id] }));
    case 'two': {
      const slots: Slot[] = [];
      for (let index = 0; index < sessionIds.length; index += 2) slots.push({ sessionIds: sessionIds.slice(index, index + 2) });
      return slots;
    }
    case 'split':
      return sessionIds.flatMap((id) => [
        { sessionIds: [id], part: 1 as const },
        { sessionIds: [id], part: 2 as const },
      ]);
  }
}

export function generateSchedule(plan: SchedulePlan, sessionIds: readonly string[]): GeneratedSchedule {
  const slots = slotsFor(plan.coverage, sessionIds);
  const meetings: PreviewMeeting[] = [];
  const skipped: CivilDate[] = [];
  if (slots.length === 0) return { meetings, skipped };

  for (const { date, skipped: isSkipped } of patternDates(plan, addDays(plan.startDate, -1))) {
    if (isSkipped) {
      skipped.push(date);
      continue;
    }
    const slot = slots[meetings.length]!;
    meetings.push({ date, startTime: plan.startTime, minutes: plan.minutes, ...slot });
    if (meetings.length === slots.length) break;
  }
  return { meetings, skipped };
}
