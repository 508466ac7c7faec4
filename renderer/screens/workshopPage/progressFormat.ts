import type { TFunction } from 'i18next';
import type { CompletionRuleView, CompletionState, ParticipantProgress, ProgressView } from '../../../core/contract/running';
import type { AttendanceStatus } from '../../../core/domain/attendance';
import { addDays, weekdayOf, type CivilDate } from '../../../core/domain/calendar/civil';
import type { Meeting, Workshop } from '../../../core/domain/workshop';
import { i18n } from '../../i18n';

export type ProgressMeeting = ProgressView['meetings'][number];
export type ColumnState = 'held' | 'cancelled' | 'today' | 'upcoming' | 'not-taken';

/** A share 0..1 as a whole percentage. */
export function percentOf(share: number): number {
  return Math.round(share * 100);
}

/** The module's session numbers for these ids, in the module's order ("1", "1 and 2"). Unknown ids are left out. */
export function sessionNumbers(workshop: Workshop, sessionIds: readonly string[]): number[] {
  return workshop.module.sessions.filter((session) => sessionIds.includes(session.id)).map((session) => session.number);
}

function listText(items: readonly string[]): string {
  return new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
}

/** The rule in words: "At least 70% of the 10 sessions, including session 1." */
export function ruleText(t: TFunction, rule: CompletionRuleView, workshop: Workshop): string {
  const total = workshop.module.sessions.length;
  const minimum =
    rule.minimumSessions !== undefined
      ? t('progress.rule.minimumSessions', { count: rule.minimumSessions, total })
      : t('progress.rule.minimumPercent', { percent: rule.minimumPercent ?? 100, total });
  const required = sessionNumbers(workshop, rule.requiredSessionIds).map((number) => t('progress.rule.sessionNumber', { number }));
  const text = required.length === 0 ? minimum : t('progress.rule.withRequired', { minimum, required: listText(required) });
  return t('progress.rule.sentence', { rule: text });
}

/** Whether a meeting took place, was cancelled, is today or still to come, or passed without attendance. */
export function columnState(meeting: ProgressMeeting, today: CivilDate): ColumnState {
  if (meeting.cancelled) return 'cancelled';
  if (meeting.held) return 'held';
  if (meeting.date === today) return 'today';
  return meeting.date > today ? 'upcoming' : 'not-taken';
}

/** "Session 3" or "Sessions 1 and 2" for a column heading. */
export function columnSessions(t: TFunction, workshop: Workshop, meeting: ProgressMeeting): string {
  const numbers = sessionNumbers(workshop, meeting.sessionIds);
  if (numbers.length === 0) return t('progress.grid.noSession');
  return t('progress.grid.sessions', { count: numbers.length, numbers: listText(numbers.map(String)) });
}

export type CellContent =
  { kind: 'status'; abbreviation: string; label: string; attended: boolean } | { kind: 'not-enrolled' } | { kind: 'empty'; state: ColumnState };

/** What one grid cell shows: a status (its key in upper case), "not enrolled", or nothing yet. */
export function cellContent(cell: string | undefined, statuses: readonly AttendanceStatus[], state: ColumnState): CellContent {
  if (cell === 'not-enrolled') return { kind: 'not-enrolled' };
  if (cell === undefined) return { kind: 'empty', state };
  const status = statuses.find((candidate) => candidate.id === cell);
  // A status since removed from Settings still shows what was recorded.
  if (!status) return { kind: 'status', abbreviation: cell.charAt(0).toUpperCase(), label: cell, attended: false };
  return { kind: 'status', abbreviation: status.key.toUpperCase(), label: status.label, attended: status.countsAsAttended };
}

/** People on the roster now first, then those who left; each by code. */
export function participantsInOrder(participants: readonly ParticipantProgress[]): ParticipantProgress[] {
  return [...participants].sort((a, b) => Number(b.current) - Number(a.current) || a.code.localeCompare(b.code));
}

/** The date a make-up is offered for: the first Monday to Friday after today. */
export function nextWeekday(today: CivilDate): CivilDate {
  let date = addDays(today, 1);
  while (weekdayOf(date) > 5) date = addDays(date, 1);
  return date;
}

/** A make-up still to come (not held, not cancelled) that covers this session for this participant. */
export function plannedMakeUp(workshop: Workshop, held: ReadonlySet<string>, participantId: string, sessionId: string): Meeting | undefined {
  return workshop.meetings
    .filter(
      (meeting) =>
        meeting.kind === 'make-up' &&
        !meeting.cancellation &&
        !held.has(meeting.id) &&
        meeting.sessionIds.includes(sessionId) &&
        (meeting.participantIds === undefined || meeting.participantIds.includes(participantId)),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime))[0];
}

/** A required session a participant still has to attend, and what is being done about it. */
export interface RequiredToAttend {
  sessionId: string;
  /** Missed at a meeting held for them; held only before they joined (or for others); or in no meeting at all. */
  reason: 'missed' | 'before-joined' | 'no-meeting';
  /** A make-up already planned for it. */
  planned?: Meeting;
}

/**
 * Required sessions a participant on the roster has not attended and will not reach as planned:
 * the ones they missed, and the ones no meeting still to come covers for them. A session an
 * upcoming meeting for them covers is on its way and is not listed.
 */
export function requiredToAttend(progress: ProgressView, participant: ParticipantProgress, workshop: Workshop, today: CivilDate): RequiredToAttend[] {
  const held = new Set(progress.meetings.filter((meeting) => meeting.held).map((meeting) => meeting.id));
  const comingForThem = progress.meetings.filter(
    (meeting) =>
      !meeting.cancelled && !meeting.held && meeting.date >= today && progress.cells[`${meeting.id}:${participant.participantId}`] !== 'not-enrolled',
  );
  return progress.rule.requiredSessionIds
    .filter((sessionId) => !participant.sessionsAttended.includes(sessionId))
    .flatMap((sessionId): RequiredToAttend[] => {
      const planned = plannedMakeUp(workshop, held, participant.participantId, sessionId);
      const missed = participant.missedRequired.includes(sessionId);
      if (!missed && !planned && comingForThem.some((meeting) => meeting.sessionIds.includes(sessionId))) return [];
      const heldWithout = progress.meetings.some((meeting) => meeting.held && meeting.sessionIds.includes(sessionId));
      const entry: RequiredToAttend = { sessionId, reason: missed ? 'missed' : heldWithout ? 'before-joined' : 'no-meeting' };
      if (planned) entry.planned = planned;
      return [entry];
    });
}

/** How many participants are in each completion state, in the order the states are listed. */
export function stateCounts(participants: readonly ParticipantProgress[]): [CompletionState, number][] {
  const order: CompletionState[] = ['at-risk', 'on-track', 'complete', 'not-complete'];
  return order
    .map((state): [CompletionState, number] => [state, participants.filter((participant) => participant.state === state).length])
    .filter(([, count]) => count > 0);
}
