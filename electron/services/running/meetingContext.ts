import { AppFailure } from '../../../core/contract/result';
import { workshopLanguage } from '../../../core/domain/workshop';
import type { MeetingRunView } from '../../../core/contract/running';
import { expectedParticipantIds, requireNotFuture } from '../../../core/domain/progress';
import type { Meeting, Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import { applyRule } from '../planning/failures';
import { todayOf } from '../planning/views';

export function findMeeting(workshop: Workshop, meetingId: string): Meeting {
  const meeting = workshop.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new AppFailure('not-found', { code: 'meeting-missing' });
  return meeting;
}

/** A meeting that can be run and marked: in a workshop that is not archived, and not cancelled. */
export function requireRunnable(workshop: Workshop, meetingId: string): Meeting {
  if (workshop.archivedAt !== undefined) throw new AppFailure('invalid-input', { code: 'workshop-archived', params: { title: workshop.title } });
  const meeting = findMeeting(workshop, meetingId);
  if (meeting.cancellation) throw new AppFailure('invalid-input', { code: 'meeting-cancelled' });
  return meeting;
}

/** A runnable meeting whose day has come: marks and runs are refused for a meeting after today. */
export function requireRecordable(workshop: Workshop, meetingId: string, now: Date): Meeting {
  const meeting = requireRunnable(workshop, meetingId);
  applyRule(() => requireNotFuture(meeting, todayOf(workshop, now)));
  return meeting;
}

/** Over: before today in the workshop's time zone, or ended from the runner. Changing its attendance asks first. */
export function isOver(workshop: Workshop, meeting: Meeting, now: Date): boolean {
  return meeting.date < todayOf(workshop, now) || workshop.runs.some((run) => run.meetingId === meeting.id && run.endedAt !== undefined);
}

export function runViewOf(workshop: Workshop, meetingId: string, store: DataStore, clock: Clock): MeetingRunView {
  const meeting = findMeeting(workshop, meetingId);
  const settings = store.settings.get();
  const registry = store.participants.get().participants;
  const expected = expectedParticipantIds(workshop, meeting);
  const roster = expected
    .map((id) => registry.find((participant) => participant.id === id))
    .filter((participant) => participant !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const { id, title, timeZone, site, facilitators, module, agreements, archivedAt } = workshop;
  const run = workshop.runs.find((candidate) => candidate.meetingId === meetingId);
  const view: MeetingRunView = {
    workshop: { id, title, timeZone, site, facilitators, module, agreements, archivedAt, language: workshopLanguage(workshop) },
    meeting,
    today: todayOf(workshop, clock.now()),
    roster,
    marks: workshop.attendance.filter((mark) => mark.meetingId === meetingId),
    presence: workshop.presence.filter((entry) => entry.meetingId === meetingId),
    followUps: workshop.followUps.filter((entry) => entry.meetingId === meetingId),
    statuses: settings.attendanceStatuses,
    absenceReasons: settings.absenceReasons,
  };
  if (run) view.run = run;
  return view;
}

export async function requireWorkshop(store: DataStore, id: string): Promise<Workshop> {
  const workshop = await store.workshops.get(id);
  if (!workshop) throw new AppFailure('not-found', { code: 'workshop-missing' });
  return workshop;
}
