import type { AtRiskParticipant, CompletionRuleView, CompletionState, CreditView, ParticipantProgress, ProgressView } from './views';
import type { AttendanceMark, AttendanceStatus } from '../attendance';
import type { CivilDate } from '../calendar/civil';
import type { Participant } from '../participants';
import { sortMeetings } from '../schedule';
import { isMakeUp, type Meeting, type Workshop } from '../workshop';
import { attendedStatusIds, expectedParticipantIds } from './meetings';
import { sessionsCoveredBy } from './sessions';

export { attendanceCounts, expectedParticipantIds, isHeld } from './meetings';

/** The grid cell of a meeting the participant was not expected at. */
export const NOT_ENROLLED = 'not-enrolled';

/** The status id of an excused absence, the only absence a module may let be made up when it says excusedMadeUpOnly. */
export const EXCUSED_STATUS_ID = 'excused';

/**
 * The rule in force: the workshop's override, else the module's completion (minimumSessions |
 * minimumPercent, requiredSessions), with the credit in force (see creditRule).
 */
export function completionRule(workshop: Workshop, statuses: readonly AttendanceStatus[]): CompletionRuleView {
  const override = workshop.completion;
  const credit = creditRule(workshop, statuses);
  if (override) return ruleView('workshop', override.minimumSessions, override.minimumPercent, override.requiredSessionIds, credit);
  const { minimumSessions, minimumPercent, requiredSessions } = workshop.module.completion;
  return ruleView('module', minimumSessions, minimumPercent, requiredSessions, credit);
}

/** What counts: the workshop's credit, else the module's, with the statuses Settings counts when the module names none. */
export function creditRule(workshop: Workshop, statuses: readonly AttendanceStatus[]): CreditView {
  if (workshop.credit) return { source: 'workshop', ...workshop.credit, statuses: [...workshop.credit.statuses] };
  const moduleCredit = workshop.module.completion.credit;
  const madeUp = { madeUpCounts: moduleCredit?.madeUpCounts ?? true, excusedMadeUpOnly: moduleCredit?.excusedMadeUpOnly ?? false };
  if (moduleCredit?.statuses) return { source: 'module', statuses: [...moduleCredit.statuses], ...madeUp };
  return { source: moduleCredit ? 'module' : 'settings', statuses: [...attendedStatusIds(statuses)], ...madeUp };
}

function ruleView(
  source: CompletionRuleView['source'],
  minimumSessions: number | undefined,
  minimumPercent: number | undefined,
  requiredSessionIds: readonly string[],
  credit: CreditView,
): CompletionRuleView {
  const minimum = minimumSessions !== undefined ? { minimumSessions } : minimumPercent !== undefined ? { minimumPercent } : {};
  return { source, ...minimum, requiredSessionIds: [...requiredSessionIds], credit };
}

/**
 * How many of the module's sessions the rule asks for. A percentage is of the module's sessions, not
 * of the meetings: a make-up counts for the session it covers, a meeting with two sessions counts
 * two, and the two halves of a split session count one. Rounded up: 70% of 10 sessions is 7, of 9 is 7.
 */
export function sessionsNeeded(
  rule: Pick<CompletionRuleView, 'minimumSessions' | 'minimumPercent'>,
  moduleSessionCount: number,
  offered = moduleSessionCount,
): number {
  // A number of sessions is scaled to what was offered to someone who joined late: 7 of 10 becomes 6 of 8.
  const percent = rule.minimumSessions !== undefined ? (rule.minimumSessions * 100) / moduleSessionCount : (rule.minimumPercent ?? 100);
  if (rule.minimumSessions !== undefined && offered === moduleSessionCount) return rule.minimumSessions;
  // Multiplying first keeps whole percentages exact (7 / 100 × 100 would be 7.000…1, asking for 8);
  // the small allowance does the same for a module's fractional percentage.
  return Math.ceil((percent * offered) / 100 - 1e-9);
}

/** Everything about the workshop the progress of each participant is read from, worked out once. */
interface Facts {
  workshop: Workshop;
  today: CivilDate;
  rule: CompletionRuleView;
  /** The module's session ids, in module order. */
  sessionIds: string[];
  /** Required sessions of the module (an id the module does not have could never be attended, so it is left out). */
  requiredSessionIds: string[];
  meetings: Meeting[];
  held: Set<string>;
  expected: Map<string, Set<string>>;
  marks: Map<string, AttendanceMark>;
  attendedStatuses: Set<string>;
  credit: CreditView;
  /** Whether youth who join late are measured against the sessions held since they joined (open and closed-after groups). */
  measuredFromJoining: boolean;
  /** No meeting that is not cancelled is on or after today. */
  finished: boolean;
}

function factsOf(workshop: Workshop, statuses: readonly AttendanceStatus[], today: CivilDate): Facts {
  const rule = completionRule(workshop, statuses);
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
    sessionIds,
    requiredSessionIds: rule.requiredSessionIds.filter((id) => inModule.has(id)),
    meetings,
    // The same test as isHeld, without scanning every mark once per meeting.
    held: new Set(meetings.filter((meeting) => !meeting.cancellation && (ended.has(meeting.id) || marked.has(meeting.id))).map((meeting) => meeting.id)),
    expected: new Map(meetings.map((meeting) => [meeting.id, new Set(expectedParticipantIds(workshop, meeting))])),
    marks,
    attendedStatuses: new Set(rule.credit.statuses),
    credit: rule.credit,
    measuredFromJoining: workshop.module.delivery.joining.rule !== 'closed',
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

/**
 * Whether a session made up at a make-up or catch-up counts, under the credit: not at all when made-up
 * sessions do not count; with excusedMadeUpOnly, only when they were marked excused at a held meeting
 * of it, or were not yet expected at any (they joined after it).
 */
function madeUpSessionCounts(facts: Facts, heldForThem: readonly Meeting[], participantId: string, sessionId: string): boolean {
  if (!facts.credit.madeUpCounts) return false;
  if (!facts.credit.excusedMadeUpOnly) return true;
  const missedAt = heldForThem.filter((meeting) => !isMakeUp(meeting) && meeting.sessionIds.includes(sessionId));
  if (missedAt.length === 0) return true;
  return missedAt.some((meeting) => facts.marks.get(cellKey(meeting.id, participantId))?.statusId === EXCUSED_STATUS_ID);
}

/** The sessions these attended meetings give credit for: all of a regular meeting's, and a make-up's as the credit allows. */
function creditedSessions(facts: Facts, attended: readonly Meeting[], heldForThem: readonly Meeting[], participantId: string): Set<string> {
  const regular = sessionsCoveredBy(attended.filter((meeting) => !isMakeUp(meeting)));
  const madeUp = [...sessionsCoveredBy(attended)].filter((id) => !regular.has(id) && madeUpSessionCounts(facts, heldForThem, participantId, id));
  return new Set([...regular, ...madeUp]);
}

/**
 * Sessions of the module planned before they first joined, and not planned again since: in an open (or
 * closed-after) group they are measured against the rest. In a closed group, against all of them.
 */
function sessionsBeforeJoining(facts: Facts, participantId: string): Set<string> {
  if (!facts.measuredFromJoining) return new Set();
  const joined = facts.workshop.roster
    .filter((entry) => entry.participantId === participantId)
    .map((entry) => entry.enrolledOn)
    .sort()[0];
  if (joined === undefined) return new Set();
  const planned = facts.meetings.filter((meeting) => !meeting.cancellation && meeting.kind === 'planned');
  const before = sessionsCoveredBy(planned.filter((meeting) => meeting.date < joined));
  const since = sessionsCoveredBy(planned.filter((meeting) => meeting.date >= joined));
  return new Set([...before].filter((id) => !since.has(id)));
}

function progressOfOne(facts: Facts, participantId: string, code: string): ParticipantProgress {
  const { workshop, today } = facts;
  const current = workshop.roster.some((entry) => entry.participantId === participantId && entry.exit === undefined);

  // Held meetings are never cancelled, so these are the meetings that count for them.
  const heldForThem = facts.meetings.filter((meeting) => facts.held.has(meeting.id) && isExpected(facts, meeting, participantId));
  const attendedMeetings = heldForThem.filter((meeting) => attendedMeeting(facts, meeting, participantId));
  const covered = creditedSessions(facts, attendedMeetings, heldForThem, participantId);
  const sessionsAttended = facts.sessionIds.filter((id) => covered.has(id));
  const needed = sessionsNeeded(facts.rule, facts.sessionIds.length, facts.sessionIds.length - sessionsBeforeJoining(facts, participantId).size);

  const missedRequired = facts.requiredSessionIds.filter(
    (id) => !covered.has(id) && heldForThem.some((meeting) => meeting.sessionIds.includes(id) && !attendedMeetings.includes(meeting)),
  );

  // Meetings still to come that are for them: what they could yet attend.
  const remaining = facts.meetings.filter(
    (meeting) => !meeting.cancellation && !facts.held.has(meeting.id) && meeting.date >= today && isExpected(facts, meeting, participantId),
  );
  const reachable = creditedSessions(facts, [...attendedMeetings, ...remaining], heldForThem, participantId);
  const stillNeeded = Math.max(0, needed - sessionsAttended.length);
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
    sessionsNeeded: needed,
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
export function progressOf(workshop: Workshop, statuses: readonly AttendanceStatus[], registry: readonly Participant[], today: CivilDate): ProgressView {
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
export function atRiskIn(workshop: Workshop, statuses: readonly AttendanceStatus[], registry: readonly Participant[], today: CivilDate): AtRiskParticipant[] {
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
