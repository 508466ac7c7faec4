import { randomUUID } from 'node:crypto';
import { defaultAttendanceStatuses } from '../../../core/domain/attendance';
import type { CivilDate } from '../../../core/domain/calendar/civil';
import type { Participant } from '../../../core/domain/participants';
import { addMeeting, generateSchedule, sortMeetings } from '../../../core/domain/schedule';
import type { Coverage, Enrolment, Meeting, SchedulePlan, Workshop } from '../../../core/domain/workshop';
import { custodyModule } from '../../support/sampleModules';
import { buildWorkshop } from '../../support/workshops';

export const statuses = defaultAttendanceStatuses;

/** A status id that Settings no longer has (the organisation removed "On leave"). */
export const REMOVED_STATUS = 'on-leave';

export function participant(code: string): Participant {
  return { id: randomUUID(), code, createdAt: '2027-02-01T12:00:00.000Z' };
}

/**
 * The ten-session custody series (70% of sessions, session 1 required), Tuesdays and Thursdays at
 * 15:30 from 2027-03-02. With one session a meeting the dates are 03-02 (session 1), 03-04, 03-09,
 * 03-11, 03-16, 03-18, 03-23, 03-25, 03-30 and 04-01 (session 10).
 */
export function custodySeries(coverage: Coverage = 'one', overrides: Partial<Workshop> = {}): Workshop {
  const module = custodyModule();
  const plan: SchedulePlan = {
    startDate: '2027-03-02',
    weekdays: [2, 4],
    startTime: '15:30',
    minutes: 60,
    everyWeeks: 1,
    coverage,
    skipDates: [],
  };
  const { meetings } = generateSchedule(
    plan,
    module.sessions.map((session) => session.id),
  );
  return buildWorkshop({
    module,
    plan,
    meetings: meetings.map((meeting): Meeting => ({ ...meeting, id: randomUUID(), kind: 'planned', sequence: 0 })),
    ...overrides,
  });
}

export function enrol(workshop: Workshop, who: Participant, enrolledOn: CivilDate = '2027-03-01', exit?: Enrolment['exit']): Workshop {
  const entry: Enrolment = exit ? { participantId: who.id, enrolledOn, exit } : { participantId: who.id, enrolledOn };
  return { ...workshop, roster: [...workshop.roster, entry] };
}

/** The meetings in date order (the n-th character of a pattern marks the n-th of these). */
export function meetingsInOrder(workshop: Workshop): Meeting[] {
  return sortMeetings(workshop.meetings);
}

export function meetingOn(workshop: Workshop, date: CivilDate): Meeting {
  const found = workshop.meetings.filter((meeting) => meeting.date === date);
  if (found.length !== 1) throw new Error(`expected one meeting on ${date}, found ${found.length}`);
  return found[0]!;
}

const statusByKey: Record<string, string> = {
  ...Object.fromEntries(defaultAttendanceStatuses.map((status) => [status.key, status.id])),
  '?': REMOVED_STATUS,
};

/**
 * Marks `who` at each meeting in date order, one character a meeting, with the keys a facilitator
 * presses: p present, l late, e left early, x excused, a absent, ? a status removed from Settings,
 * - no mark. `'pp-a'` marks the first two present, leaves the third and marks the fourth absent.
 */
export function mark(workshop: Workshop, who: Participant, pattern: string): Workshop {
  const meetings = meetingsInOrder(workshop);
  if (pattern.length > meetings.length) throw new Error(`the pattern "${pattern}" is longer than the ${meetings.length} meetings`);
  const added = [...pattern].flatMap((key, index) => {
    if (key === '-') return [];
    const statusId = statusByKey[key];
    if (!statusId) throw new Error(`no status has the key "${key}"`);
    return [{ meetingId: meetings[index]!.id, participantId: who.id, statusId, at: '2027-03-01T12:00:00.000Z' }];
  });
  return { ...workshop, attendance: [...workshop.attendance, ...added] };
}

/** Marks `who` at one meeting. */
export function markAt(workshop: Workshop, meeting: Meeting, who: Participant, statusId: string): Workshop {
  return {
    ...workshop,
    attendance: [...workshop.attendance, { meetingId: meeting.id, participantId: who.id, statusId, at: '2027-03-01T12:00:00.000Z' }],
  };
}

/** Adds a make-up meeting (one hour at 15:30) for the chosen participants, covering `sessionIds`; or a one-to-one catch-up. */
export function withMakeUp(
  workshop: Workshop,
  date: CivilDate,
  sessionIds: string[],
  forWhom: Participant[],
  kind: 'make-up' | 'catch-up' = 'make-up',
): { workshop: Workshop; makeUp: Meeting } {
  const id = randomUUID();
  const next = addMeeting(workshop, {
    id,
    kind,
    date,
    startTime: '15:30',
    minutes: 60,
    sessionIds,
    participantIds: forWhom.map((who) => who.id),
  });
  return { workshop: next, makeUp: next.meetings.find((meeting) => meeting.id === id)! };
}

/** Ends the run of a meeting nobody was marked at (it still counts as held). */
export function endRun(workshop: Workshop, meeting: Meeting): Workshop {
  return {
    ...workshop,
    runs: [...workshop.runs, { meetingId: meeting.id, startedAt: '2027-03-02T23:30:00.000Z', endedAt: '2027-03-03T00:30:00.000Z', fidelity: [], notes: '' }],
  };
}

export const lockdown = { reason: 'lockdown' as const, note: 'Unit on lockdown', at: '2027-03-03T20:00:00.000Z' };

export function cancel(workshop: Workshop, meeting: Meeting): Workshop {
  return {
    ...workshop,
    meetings: workshop.meetings.map((candidate) => (candidate.id === meeting.id ? { ...candidate, cancellation: lockdown } : candidate)),
  };
}

/** The credit when neither workshop nor module names one: the statuses Settings counts as attended, make-ups counting. */
export const settingsCredit = { source: 'settings', statuses: ['present', 'late', 'left-early'], madeUpCounts: true, excusedMadeUpOnly: false };
