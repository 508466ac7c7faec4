import { isCivilDate, minutesOfDay, type CivilDate, type ClockTime } from '../calendar/civil';
import { meetingSchema, type Cancellation, type Meeting, type Workshop } from '../workshop';
import { patternDatesAfter } from './generate';
import type { Message } from '../messages';

/** A schedule change that cannot be made; the reason is worded for the facilitator by the renderer. */
export class ScheduleError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    readonly reason: Message,
  ) {
    super(reason.code);
    this.name = 'ScheduleError';
  }
}

/** The limits of the workshop file schema, checked here so the message can say what to do. */
const MAX_MEETINGS = 500;
const MAX_SESSIONS_PER_MEETING = 10;

interface Timing {
  date: CivilDate;
  startTime: ClockTime;
  minutes: number;
}

/** What a meeting covers; handed on from meeting to meeting when one is cancelled. */
interface Coverage {
  sessionIds: string[];
  part?: 1 | 2;
}

function compareMeetings(a: Timing, b: Timing): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return 0;
}

/** By date, then start time; meetings at the same time keep their order. */
export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort(compareMeetings);
}

/** Sessions of the module that no meeting which is not cancelled covers (in module order). */
export function uncoveredSessionIds(workshop: Workshop): string[] {
  const covered = new Set(workshop.meetings.filter((meeting) => !meeting.cancellation).flatMap((meeting) => meeting.sessionIds));
  return workshop.module.sessions.map((session) => session.id).filter((id) => !covered.has(id));
}

export function moveMeeting(workshop: Workshop, meetingId: string, to: Timing, shiftLater: boolean): Workshop {
  const original = findMeeting(workshop, meetingId);
  if (original.cancellation) {
    throw new ScheduleError('invalid', { code: 'meeting-cancelled-cannot-move' });
  }
  checkTiming(to);

  const timings = new Map<string, Timing>([[meetingId, { date: to.date, startTime: to.startTime, minutes: to.minutes }]]);
  if (shiftLater) {
    // Later planned meetings follow the weekly pattern from the new date, each at its own time.
    const dates = patternDatesAfter(workshop.plan, to.date);
    for (const meeting of laterPlannedMeetings(workshop, original)) {
      timings.set(meeting.id, { date: dates.next().value as CivilDate, startTime: meeting.startTime, minutes: meeting.minutes });
    }
  }
  return withMeetings(
    workshop,
    workshop.meetings.map((meeting) => {
      const timing = timings.get(meeting.id);
      return timing && !sameTiming(meeting, timing) ? revised(meeting, { ...meeting, ...timing }) : meeting;
    }),
  );
}

export function cancelMeeting(workshop: Workshop, meetingId: string, cancellation: Cancellation, moveSessionsLater: boolean, newId: () => string): Workshop {
  const cancelled = findMeeting(workshop, meetingId);
  if (cancelled.cancellation) throw new ScheduleError('invalid', { code: 'meeting-already-cancelled' });

  const replaced = new Map<string, Meeting>([[meetingId, revised(cancelled, { ...cancelled, cancellation: { ...cancellation } })]]);
  const added: Meeting[] = [];
  if (moveSessionsLater && cancelled.kind === 'planned' && cancelled.sessionIds.length > 0) {
    // Each later planned meeting takes what the one before it covered; the last one's goes to a new meeting.
    let handedOn: Coverage = coverageOf(cancelled);
    for (const meeting of laterPlannedMeetings(workshop, cancelled)) {
      if (!sameCoverage(meeting, handedOn)) replaced.set(meeting.id, revised(meeting, withCoverage(meeting, handedOn)));
      handedOn = coverageOf(meeting);
    }
    if (workshop.meetings.length >= MAX_MEETINGS) throw tooManyMeetings();
    const lastDate = workshop.meetings.reduce((last, meeting) => (meeting.date > last ? meeting.date : last), cancelled.date);
    const date = patternDatesAfter(workshop.plan, lastDate).next().value as CivilDate;
    const { startTime, minutes } = workshop.plan;
    added.push(withCoverage({ id: newId(), date, startTime, minutes, sessionIds: [], kind: 'planned', sequence: 0 }, handedOn));
  }
  return withMeetings(workshop, [...workshop.meetings.map((meeting) => replaced.get(meeting.id) ?? meeting), ...added]);
}

export function restoreMeeting(workshop: Workshop, meetingId: string): Workshop {
  const meeting = findMeeting(workshop, meetingId);
  if (!meeting.cancellation) throw new ScheduleError('invalid', { code: 'meeting-not-cancelled' });
  const { cancellation: _removed, ...rest } = meeting;
  return replaceMeeting(workshop, revised(meeting, rest));
}

/** Meetings added to a plan: an extra one, a make-up, or a one-to-one catch-up (a make-up for one person). */
export const addedMeetingKinds = ['extra', 'make-up', 'catch-up'] as const;
export type AddedMeetingKind = (typeof addedMeetingKinds)[number];

export function addMeeting(
  workshop: Workshop,
  meeting: {
    id: string;
    kind: AddedMeetingKind;
    date: CivilDate;
    startTime: ClockTime;
    minutes: number;
    sessionIds: string[];
    participantIds?: string[];
  },
): Workshop {
  if (workshop.meetings.some((existing) => existing.id === meeting.id)) {
    throw new ScheduleError('invalid', { code: 'meeting-id-taken' });
  }
  if (workshop.meetings.length >= MAX_MEETINGS) throw tooManyMeetings();
  if (meeting.kind === 'catch-up' && meeting.participantIds?.length !== 1) {
    throw new ScheduleError('invalid', { code: 'catch-up-one-person' });
  }
  checkTiming(meeting);
  const added: Meeting = {
    id: meeting.id,
    date: meeting.date,
    startTime: meeting.startTime,
    minutes: meeting.minutes,
    sessionIds: checkedSessionIds(workshop, meeting.sessionIds),
    kind: meeting.kind,
    sequence: 0,
  };
  if (meeting.participantIds) added.participantIds = checkedParticipantIds(workshop, meeting.participantIds);
  return withMeetings(workshop, [...workshop.meetings, added]);
}

export function setMeetingSessions(workshop: Workshop, meetingId: string, sessionIds: string[]): Workshop {
  const meeting = findMeeting(workshop, meetingId);
  const ids = checkedSessionIds(workshop, sessionIds);
  // A half of a split session stays a half only while it still covers just that session.
  const keepsPart = meeting.part !== undefined && ids.length === 1 && sameList(ids, meeting.sessionIds);
  const coverage: Coverage = keepsPart ? { sessionIds: ids, part: meeting.part } : { sessionIds: ids };
  if (sameCoverage(meeting, coverage)) return withMeetings(workshop, [...workshop.meetings]);
  return replaceMeeting(workshop, revised(meeting, withCoverage(meeting, coverage)));
}

function findMeeting(workshop: Workshop, meetingId: string): Meeting {
  const meeting = workshop.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new ScheduleError('not-found', { code: 'meeting-missing' });
  return meeting;
}

/** Planned meetings that are not cancelled and come after `than` (by its date and time), in order. */
function laterPlannedMeetings(workshop: Workshop, than: Meeting): Meeting[] {
  return sortMeetings(workshop.meetings).filter(
    (meeting) => meeting.id !== than.id && meeting.kind === 'planned' && !meeting.cancellation && compareMeetings(meeting, than) > 0,
  );
}

function withMeetings(workshop: Workshop, meetings: Meeting[]): Workshop {
  return { ...workshop, meetings: sortMeetings(meetings) };
}

function replaceMeeting(workshop: Workshop, replacement: Meeting): Workshop {
  return withMeetings(
    workshop,
    workshop.meetings.map((meeting) => (meeting.id === replacement.id ? replacement : meeting)),
  );
}

/** `next` as a new version of a meeting: its sequence counts up so calendar apps replace their copy. */
function revised(previous: Meeting, next: Meeting): Meeting {
  return { ...next, sequence: previous.sequence + 1 };
}

function sameTiming(a: Timing, b: Timing): boolean {
  return a.date === b.date && a.startTime === b.startTime && a.minutes === b.minutes;
}

function sameCoverage(a: Coverage, b: Coverage): boolean {
  return sameList(a.sessionIds, b.sessionIds) && a.part === b.part;
}

function coverageOf(meeting: Meeting): Coverage {
  return meeting.part === undefined ? { sessionIds: meeting.sessionIds } : { sessionIds: meeting.sessionIds, part: meeting.part };
}

function withCoverage(meeting: Meeting, coverage: Coverage): Meeting {
  const { part: _part, ...rest } = meeting;
  const next: Meeting = { ...rest, sessionIds: [...coverage.sessionIds] };
  if (coverage.part !== undefined) next.part = coverage.part;
  return next;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function checkTiming(timing: Timing): void {
  if (!isCivilDate(timing.date)) throw new ScheduleError('invalid', { code: 'not-a-date', params: { value: timing.date } });
  try {
    minutesOfDay(timing.startTime);
  } catch {
    throw new ScheduleError('invalid', { code: 'not-a-time', params: { value: timing.startTime } });
  }
  if (!meetingSchema.shape.minutes.safeParse(timing.minutes).success) {
    throw new ScheduleError('invalid', { code: 'meeting-minutes-range', params: { minimum: 10, maximum: 480 } });
  }
}

function checkedSessionIds(workshop: Workshop, sessionIds: readonly string[]): string[] {
  const known = new Set(workshop.module.sessions.map((session) => session.id));
  const unknown = sessionIds.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new ScheduleError('invalid', { code: 'unknown-session', params: { session: unknown, module: workshop.module.title } });
  }
  if (new Set(sessionIds).size !== sessionIds.length) {
    throw new ScheduleError('invalid', { code: 'session-twice' });
  }
  if (sessionIds.length > MAX_SESSIONS_PER_MEETING) {
    throw new ScheduleError('invalid', { code: 'too-many-sessions', params: { maximum: MAX_SESSIONS_PER_MEETING } });
  }
  return [...sessionIds];
}

function checkedParticipantIds(workshop: Workshop, participantIds: readonly string[]): string[] {
  const onRoster = new Set(workshop.roster.map((enrolment) => enrolment.participantId));
  if (participantIds.some((id) => !onRoster.has(id))) {
    throw new ScheduleError('invalid', { code: 'never-on-roster' });
  }
  return [...new Set(participantIds)];
}

function tooManyMeetings(): ScheduleError {
  return new ScheduleError('invalid', { code: 'too-many-meetings', params: { maximum: MAX_MEETINGS } });
}
