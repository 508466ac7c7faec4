import type { TFunction } from 'i18next';
import type { Participant } from '../../../core/domain/participants';
import type { Enrolment, Meeting, Workshop } from '../../../core/domain/workshop';
import { formatShortDate } from '../../format/dates';

/** Meetings by date and start time (the file keeps them in any order). */
export function meetingsInOrder(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date)));
}

/** The number of each meeting that still takes place, in date order. Cancelled meetings have none. */
export function meetingNumbers(meetings: readonly Meeting[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const meeting of meetingsInOrder(meetings)) {
    if (!meeting.cancellation) numbers.set(meeting.id, numbers.size + 1);
  }
  return numbers;
}

/** "Session 3: Title", with "part 1 of 2" when the meeting covers half of it. */
export function sessionLabel(t: TFunction, workshop: Workshop, sessionId: string, part?: 1 | 2): string {
  const session = workshop.module.sessions.find((candidate) => candidate.id === sessionId);
  const title = session
    ? t('workshop.sessionTitle', { number: t('planning.sessionNumber', { number: session.number }), title: session.title })
    : t('workshop.unknownSession', { id: sessionId });
  return part ? t('workshop.withPart', { title, part: t('planning.part', { part }) }) : title;
}

/** Module sessions that no meeting still taking place covers. */
export function unscheduledSessions(workshop: Workshop) {
  const covered = new Set(workshop.meetings.filter((meeting) => !meeting.cancellation).flatMap((meeting) => meeting.sessionIds));
  return workshop.module.sessions.filter((session) => !covered.has(session.id));
}

/** First and last date of the meetings that still take place. */
export function dateSpan(workshop: Workshop): { first: string; last: string } | undefined {
  const dates = workshop.meetings
    .filter((meeting) => !meeting.cancellation)
    .map((meeting) => meeting.date)
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first && last ? { first, last } : undefined;
}

export function dateRangeText(t: TFunction, first: string, last: string): string {
  if (first === last) return formatShortDate(first, true);
  return t('workshop.dateRange', { first: formatShortDate(first, true), last: formatShortDate(last, true) });
}

/** Enrolments of people on the roster now, by code. */
export function currentEnrolments(workshop: Workshop, byId: ReadonlyMap<string, Participant>): Enrolment[] {
  return workshop.roster.filter((enrolment) => !enrolment.exit).sort((a, b) => codeOf(byId, a.participantId).localeCompare(codeOf(byId, b.participantId)));
}

/** Stays that have ended, latest exit first. */
export function pastEnrolments(workshop: Workshop): Enrolment[] {
  return workshop.roster.filter((enrolment) => enrolment.exit).sort((a, b) => (b.exit?.on ?? '').localeCompare(a.exit?.on ?? ''));
}

export function participantsById(participants: readonly Participant[]): Map<string, Participant> {
  return new Map(participants.map((participant) => [participant.id, participant]));
}

export function codeOf(byId: ReadonlyMap<string, Participant>, participantId: string): string {
  return byId.get(participantId)?.code ?? '';
}

/** "JH-26-014 (A.B.)": the code, then initials when there are any. For checkboxes and short lists. */
export function shortName(participant: Participant | undefined, t: TFunction): string {
  if (!participant) return t('workshop.roster.unknownParticipant');
  return participant.initials ? `${participant.code} (${participant.initials})` : participant.code;
}
