import type { MeetingRun } from '../attendance';
import { minutesOfDay, type CivilDate, type ClockTime } from '../calendar/civil';
import { zonedInstant } from '../calendar/zone';
import { ScheduleError } from '../schedule';
import type { Meeting } from '../workshop';

/** Where a meeting's date falls against today (both in the workshop's time zone). */
export type MeetingDay = 'past' | 'today' | 'future';

export function meetingDay(meeting: Pick<Meeting, 'date'>, today: CivilDate): MeetingDay {
  if (meeting.date === today) return 'today';
  return meeting.date < today ? 'past' : 'future';
}

/**
 * No record may say a meeting was held in the future: nothing that makes a meeting held (a run,
 * a mark, a walk-in) is taken for a meeting whose date is after today.
 */
export function requireNotFuture(meeting: Pick<Meeting, 'date'>, today: CivilDate): void {
  if (meetingDay(meeting, today) === 'future') {
    throw new ScheduleError('invalid', { code: 'meeting-in-future', params: { date: meeting.date } });
  }
}

/**
 * A run may be started live only on the meeting's own date, so its record says the day it was held.
 * A meeting planned for another day is moved to today first, or (when its day is past) recorded later.
 */
export function requireStartableToday(meeting: Pick<Meeting, 'date'>, today: CivilDate): void {
  requireNotFuture(meeting, today);
  if (meetingDay(meeting, today) === 'past') {
    throw new ScheduleError('invalid', { code: 'meeting-in-past', params: { date: meeting.date } });
  }
}

/** The times a meeting took place, typed in afterwards. */
export interface HeldTimes {
  startTime: ClockTime;
  endTime: ClockTime;
}

/**
 * The run of a meeting recorded after the fact as held on its own date, from `startTime` to
 * `endTime` there. Only for a date before today; an existing run keeps its fidelity and notes.
 */
export function recordedRun(meeting: Meeting, times: HeldTimes, today: CivilDate, timeZone: string, existing: MeetingRun | undefined): MeetingRun {
  if (meetingDay(meeting, today) !== 'past') {
    throw new ScheduleError('invalid', { code: 'held-on-not-past' });
  }
  if (existing?.endedAt !== undefined) throw new ScheduleError('invalid', { code: 'already-held' });
  if (minutesOfDay(times.endTime) <= minutesOfDay(times.startTime)) throw new ScheduleError('invalid', { code: 'end-before-start' });
  const at = (time: ClockTime) => zonedInstant(meeting.date, time, timeZone).toISOString();
  return {
    meetingId: meeting.id,
    fidelity: existing?.fidelity ?? [],
    notes: existing?.notes ?? '',
    startedAt: at(times.startTime),
    endedAt: at(times.endTime),
  };
}
