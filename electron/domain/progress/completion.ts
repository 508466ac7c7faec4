import type { AtRiskParticipant, CompletionRuleView, CompletionState, ParticipantProgress, ProgressView } from '../../api/running';
import type { AttendanceMark, AttendanceStatus } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import type { Participant } from '../participants';
import { sortMeetings } from '../schedule';
import type { Meeting, Workshop } from '../workshop';
import { attendedStatusIds, expectedParticipantIds } from './meetings';
import { sessionsCoveredBy } from './sessions';

export { attendanceCounts, expectedParticipantIds, isHeld } from './meetings';

/** The grid cell of a meeting the participant was not expected at. */
export const NOT_ENROLLED = 'not-enrolled';

/** The rule in force: the workshop's override, else the module's completion (minimumSessions | minimumPercent, requiredSessions). */
export function completionRule(workshop: Workshop): CompletionRuleView {
  const override = workshop.completion;
  if (override) return ruleView('workshop', override.minimumSessions, override.minimumPercent, override.requiredSessionIds);
  const { minimumSessions, minimumPercent, requiredSessions } = workshop.module.completion;
  return ruleView('module', minimumSessions, minimumPercent, requiredSessions);
}

function ruleView(
  source: CompletionRuleView['source'],
  minimumSessions: number | undefined,
  minimumPercent: number | undefined,
  requiredSessionIds: readonly string[],
): CompletionRuleView {
  const minimum = minimumSessions !== undefined ? { minimumSessions } : minimumPercent !== undefined ? { minimumPercent } : {};
  return { source, ...minimum, requiredSessionIds: [...requiredSessionIds] };
}

/**
 * How many of the module's sessions the rule asks for. A percentage is of the module's sessions, not
 * of the meetings: a make-up counts for the session it covers, a meeting with two sessions counts
 * two, and the two halves of a split session count one. Rounded up: 70% of 10 sessions is 7, of 9 is 7.
 */
export function sessionsNeeded(rule: CompletionRuleView, moduleSessionCount: number): number {
  if (rule.minimumSessions !== undefined) return rule.minimumSessions;
  const percent = rule.minimumPercent ?? 100;
  // Multiplying first keeps whole percentages exact (7 / 100 × 100 would be 7.000…1, asking for 8);
  // the small allowance does the same for a module's fractional percentage.
  return Math.ceil((percent * moduleSessionCount) / 100 - 1e-9);
}

/** Everything about the workshop the progress of each participant is read from, worked out once. */
interface Facts {
  workshop: Workshop;
  today: CivilDate;
  rule: CompletionRuleView;
  needed: number;
  /** The module's session ids, in module order. */
  sessionIds: string[];
  /** Required sessions of the module (an id the module does not have could never be attended, so it is left out). */
  requiredSessionIds: string[];
  meetings: Meeting[];
  held: Set<string>;
  expected: Map<string, Set<string>>;
  marks: Map<string, AttendanceMark>;
  attendedStatuses: Set<string>;
  /** No meeting that is not cancelled is on or after today. */
  finished: boolean;
}

function factsOf(workshop: Workshop, statuses: readonly AttendanceStatus[], today: CivilDate): Facts {
  const rule = completionRule(workshop);
  const sessionIds = workshop.module.sessions.map((session) => session.id);
  const inModule = new Set(sessionIds);
  const meetings = sortMeetings(workshop.meetings);
  const marks = new Map(workshop.attendance.map((mark) => [cellKey(mark.meetingId, mark.participantId), mark]));
  const marked = new Set(workshop.attendance.map((mark) => mark.meetingId));
  const ended = new Set(workshop.runs.filter((run) => run.endedAt !== undefined).map((run) => run.meetingId));
  return {
    workshop,
    today,
    rule,
    needed: sessionsNeeded(rule, sessionIds.length),
    sessionIds,
    requiredSessionIds: rule.requiredSessionIds.filter((id) => inModule.has(id)),
    meetings,
    // The same test as isHeld, without scanning every mark once per meeting.
    held: new Set(meetings.filter((meeting) => !meeting.cancellation && (ended.has(meeting.id) || marked.has(meeting.id))).map((meeting) => meeting.id)),
    expected: new Map(meetings.map((meeting) => [meeting.id, new Set(expectedParticipantIds(workshop, meeting))])),
    marks,
    attendedStatuses: attendedStatusIds(statuses),
    finished: !meetings.some((meeting) => !meeting.cancellation && meeting.date >= today),
  };
}

function cellKey(meetingId: string, participantId: string): string {
  return `${meetingId}:${participantId}`;
}

function isExpected(facts: Facts, meeting: Meeting, participantId: string): boolean {
  return facts.expected.get(meeting.id)?.has(participantId) ?? false;
}

function attendedMeeting(facts: Facts, meeting: Meeting, participantId: string): boolean {
  const mark = facts.marks.get(cellKey(meeting.id, participantId));
  return mark !== undefined && facts.attendedStatuses.has(mark.statusId);
}

function progressOfOne(facts: Facts, participantId: string, code: string): ParticipantProgress {
  const { workshop, today } = facts;
  const current = workshop.roster.some((entry) => entry.participantId === participantId && entry.exit === undefined);

  // Held meetings are never cancelled, so these are the meetings that count for them.
  const heldForThem = facts.meetings.filter((meeting) => facts.held.has(meeting.id) && isExpected(facts, meeting, participantId));
  const attendedMeetings = heldForThem.filter((meeting) => attendedMeeting(facts, meeting, participantId));
  const covered = sessionsCoveredBy(attendedMeetings);
  const sessionsAttended = facts.sessionIds.filter((id) => covered.has(id));

  const missedRequired = facts.requiredSessionIds.filter(
    (id) => !covered.has(id) && heldForThem.some((meeting) => meeting.sessionIds.includes(id) && !attendedMeetings.includes(meeting)),
  );

  // Meetings still to come that are for them: what they could yet attend.
  const remaining = facts.meetings.filter(
    (meeting) => !meeting.cancellation && !facts.held.has(meeting.id) && meeting.date >= today && isExpected(facts, meeting, participantId),
  );
  const reachable = sessionsCoveredBy([...attendedMeetings, ...remaining]);
  const stillNeeded = Math.max(0, facts.needed - sessionsAttended.length);
  const stillCoverable = facts.sessionIds.filter((id) => reachable.has(id) && !covered.has(id)).length;
  const requiredMet = facts.requiredSessionIds.every((id) => covered.has(id));
  const requiredOutOfReach = facts.requiredSessionIds.some((id) => !reachable.has(id));

  let state: CompletionState;
  if (stillNeeded === 0 && requiredMet) state = 'complete';
  else if (facts.finished || !current) state = 'not-complete';
  else if (stillCoverable < stillNeeded || requiredOutOfReach) state = 'at-risk';
  else state = 'on-track';

  const progress: ParticipantProgress = {
    participantId,
    code,
    heldWhileEnrolled: heldForThem.length,
    attended: attendedMeetings.length,
    sessionsAttended,
    missedRequired,
    state,
    current,
  };
  if (heldForThem.length > 0) progress.share = attendedMeetings.length / heldForThem.length;
  return progress;
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function participantsOf(facts: Facts, registry: readonly Participant[]): ParticipantProgress[] {
  const codes = new Map(registry.map((participant) => [participant.id, participant.code]));
  const ids = [...new Set(facts.workshop.roster.map((entry) => entry.participantId))];
  // Someone missing from the registry keeps their row, under their record id, rather than vanishing from the records.
  return ids
    .map((id) => progressOfOne(facts, id, codes.get(id) ?? id))
    .sort((a, b) => byCode.compare(a.code, b.code) || (a.participantId < b.participantId ? -1 : 1));
}

/**
 * Each participant's progress on `today` (a date in the workshop's time zone). Only held meetings
 * they were expected at count; a mark counts as attended when its status does (an id removed from
 * Settings does not). States: complete when the rule is met; not complete when it is not and the
 * series is over (no meeting that is not cancelled on or after today) or they left; at risk when the
 * meetings still to come for them (not cancelled, not held, on or after today) cannot bring them to
 * the number of sessions needed or to every required session (this also covers a required session
 * missed, or held before they joined, with no make-up planned); otherwise on track.
 */
export function progressOf(
  workshop: Workshop,
  statuses: readonly AttendanceStatus[],
  registry: readonly Participant[],
  today: CivilDate,
): ProgressView {
  const facts = factsOf(workshop, statuses, today);
  const participants = participantsOf(facts, registry);

  const cells: Record<string, string> = {};
  for (const meeting of facts.meetings) {
    for (const { participantId } of participants) {
      const key = cellKey(meeting.id, participantId);
      if (!isExpected(facts, meeting, participantId)) cells[key] = NOT_ENROLLED;
      else {
        const mark = facts.marks.get(key);
        if (mark) cells[key] = mark.statusId;
      }
    }
  }

  return {
    workshopId: workshop.id,
    rule: facts.rule,
    meetings: facts.meetings.map((meeting) => {
      const row: ProgressView['meetings'][number] = {
        id: meeting.id,
        date: meeting.date,
        startTime: meeting.startTime,
        sessionIds: [...meeting.sessionIds],
        kind: meeting.kind,
        held: facts.held.has(meeting.id),
        cancelled: meeting.cancellation !== undefined,
      };
      if (meeting.part !== undefined) row.part = meeting.part;
      return row;
    }),
    participants,
    cells,
    statuses: [...statuses],
  };
}

/** Participants on the roster now whose completion is at risk; none for an archived workshop. */
export function atRiskIn(
  workshop: Workshop,
  statuses: readonly AttendanceStatus[],
  registry: readonly Participant[],
  today: CivilDate,
): AtRiskParticipant[] {
  if (workshop.archivedAt) return [];
  return progressOf(workshop, statuses, registry, today)
    .participants.filter((participant) => participant.current && participant.state === 'at-risk')
    .map((participant) => {
      const entry: AtRiskParticipant = {
        workshopId: workshop.id,
        workshopTitle: workshop.title,
        participantId: participant.participantId,
        code: participant.code,
        missedRequired: participant.missedRequired,
      };
      if (participant.share !== undefined) entry.share = participant.share;
      return entry;
    });
}
