import type { CalendarView, Conflict, MeetingOccurrence, TodayView } from '../../../core/contract/planning';
import type { AtRiskParticipant } from '../../../core/contract/running';
import { atRiskIn } from '../../../core/domain/progress';
import { doubleBookingsBetween } from '../../../core/domain/schedule';
import type { Workshop } from '../../../core/domain/workshop';
import { digestStatus } from '../../../core/domain/workshopDigest';
import { addDays, startOfWeek, type CivilDate } from '../../../core/domain/calendar/civil';
import { civilDateIn } from '../../../core/domain/calendar/zone';
import type { DataStore } from '../../storage';
import { activeWorkshops, wholeWorkshops } from '../workshopReads';
import type { Clock } from './clock';
import { allConflicts, conflictedMeetingIds, occurrenceOf } from './views';

/** Meetings of workshops that are not archived, from Today and in the calendar. */
export function createScheduleService(options: { store: DataStore; clock: Clock }) {
  const { store, clock } = options;
  const today = () => civilDateIn(clock.now(), clock.timeZone);

  function meetingsBetween(workshops: readonly Workshop[], conflicts: readonly Conflict[], from: CivilDate, to: CivilDate): MeetingOccurrence[] {
    const conflicted = conflictedMeetingIds(conflicts);
    return workshops
      .flatMap((workshop) =>
        workshop.meetings.filter((meeting) => meeting.date >= from && meeting.date <= to).map((meeting) => occurrenceOf(workshop, meeting, conflicted)),
      )
      .sort(
        (a, b) =>
          a.meeting.date.localeCompare(b.meeting.date) ||
          a.meeting.startTime.localeCompare(b.meeting.startTime) ||
          a.workshopTitle.localeCompare(b.workshopTitle),
      );
  }

  /** Participants of workshops that are not archived who may not complete. */
  async function atRisk(): Promise<AtRiskParticipant[]> {
    const statuses = store.settings.get().attendanceStatuses;
    const registry = store.participants.get().participants;
    const now = clock.now();
    // Only running workshops: in planned ones nothing is held yet, and in finished ones it is too late to be "at risk".
    const running = (await store.workshops.summaries('active')).filter((digest) => digestStatus(digest, civilDateIn(now, digest.timeZone)) === 'running');
    return (await wholeWorkshops(store, running)).flatMap((workshop) => atRiskIn(workshop, statuses, registry, civilDateIn(now, workshop.timeZone)));
  }

  return {
    async today(): Promise<TodayView> {
      const date = today();
      const weekStart = startOfWeek(date);
      const weekEnd = addDays(weekStart, 6);
      const workshops = await activeWorkshops(store);
      const meetings = meetingsBetween(workshops, allConflicts(workshops), date, weekEnd);
      return { today: date, weekStart, weekEnd, meetings, atRisk: await atRisk() };
    },

    async range(input: { from: CivilDate; to: CivilDate }): Promise<CalendarView> {
      const workshops = await activeWorkshops(store);
      const conflicts = allConflicts(workshops);
      return {
        today: today(),
        from: input.from,
        to: input.to,
        meetings: meetingsBetween(workshops, conflicts, input.from, input.to),
        doubleBookings: doubleBookingsBetween(workshops, input.from, input.to, conflicts),
      };
    },
  };
}
