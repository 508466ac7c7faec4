import type { AttendanceCounts } from './views';
import type { AttendanceStatus } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import { ScheduleError } from '../schedule';
import type { Enrolment, Meeting, Workshop } from '../workshop';

/** Whether a meeting counts as held: not cancelled, and either its run has ended or it has at least one attendance mark. */
export function isHeld(workshop: Workshop, meeting: Meeting): boolean {
  if (meeting.cancellation) return false;
  return (
    workshop.runs.some((run) => run.meetingId === meeting.id && run.endedAt !== undefined) || workshop.attendance.some((mark) => mark.meetingId === meeting.id)
  );
}

/**
 * Who a meeting is for: meeting.participantIds when set (make-up/extra for chosen people), otherwise
 * everyone enrolled on the meeting's date (enrolledOn <= date and (no exit or exit.on >= date)).
 * Ids, in roster order.
 */
export function expectedParticipantIds(workshop: Workshop, meeting: Meeting): string[] {
  return expectedParticipants(workshop)(meeting);
}

/** expectedParticipantIds for many meetings of one workshop, reading its roster once. */
export function expectedParticipants(workshop: Workshop): (meeting: Meeting) => string[] {
  const rosterOrder = [...new Set(workshop.roster.map((entry) => entry.participantId))];
  const onePerPerson = rosterOrder.length === workshop.roster.length;
  return (meeting) => {
    if (meeting.participantIds) {
      const chosen = new Set(meeting.participantIds);
      const onRoster = rosterOrder.filter((id) => chosen.has(id));
      // The schedule only lets people on the roster be chosen; anyone else is kept, last, rather than lost.
      const elsewhere = [...chosen].filter((id) => !onRoster.includes(id));
      return [...onRoster, ...elsewhere];
    }
    const ids: string[] = [];
    if (onePerPerson) {
      for (const entry of workshop.roster) if (enrolledOn(entry, meeting.date)) ids.push(entry.participantId);
      return ids;
    }
    // Someone who left and came back has a stay for each time: any of them may cover the date.
    const enrolled = new Set(workshop.roster.filter((entry) => enrolledOn(entry, meeting.date)).map((entry) => entry.participantId));
    return rosterOrder.filter((id) => enrolled.has(id));
  };
}

/** Whether this stay covers `date`: the day of enrolment and the day of exit both count. */
export function enrolledOn(entry: Enrolment, date: CivilDate): boolean {
  return entry.enrolledOn <= date && (entry.exit === undefined || entry.exit.on >= date);
}

/**
 * The meeting's attendance at a glance. Only the marks of the people the meeting is for are counted,
 * so `unmarked` + the marks by status always add up to `expected`. A status id that is no longer in
 * `statuses` (removed from Settings) is still counted under its id, but never as attended.
 */
export function attendanceCounts(workshop: Workshop, meetingId: string, statuses: readonly AttendanceStatus[]): AttendanceCounts {
  const meeting = workshop.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new ScheduleError('not-found', { code: 'meeting-missing' });
  const expected = new Set(expectedParticipantIds(workshop, meeting));
  const attendedIds = attendedStatusIds(statuses);

  const byStatus: Record<string, number> = {};
  let marked = 0;
  let attended = 0;
  for (const mark of workshop.attendance) {
    if (mark.meetingId !== meetingId || !expected.has(mark.participantId)) continue;
    marked += 1;
    byStatus[mark.statusId] = (byStatus[mark.statusId] ?? 0) + 1;
    if (attendedIds.has(mark.statusId)) attended += 1;
  }
  return { expected: expected.size, unmarked: expected.size - marked, byStatus, attended };
}

/** Ids of the statuses that count as attended; any other id (including one removed from Settings) does not. */
export function attendedStatusIds(statuses: readonly AttendanceStatus[]): Set<string> {
  return new Set(statuses.filter((status) => status.countsAsAttended).map((status) => status.id));
}
