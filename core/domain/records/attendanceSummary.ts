import { statusLabel } from '../builtInLabels';
import type { AttendanceSummaryView, SummaryMeeting, SummaryRow } from './views';
import { NOT_EXPECTED } from '../exports/attendanceTable';
import { completionRule, NOT_ENROLLED, progressOf, sessionsNeeded } from '../progress';
import type { Workshop } from '../workshop';
import type { RecordContext } from './context';
import { labeller, recordHeading, sessionRefs } from './heading';

/**
 * The workshop's attendance on paper: a column per meeting in the series (cancelled ones included,
 * so the gaps are explained), a row per participant with their marks, totals and completion.
 */
export function attendanceSummary(workshop: Workshop, context: RecordContext): AttendanceSummaryView {
  const progress = progressOf(workshop, context.statuses, context.participants, context.today);
  const codeOf = new Map(context.statuses.map((status) => [status.id, status.key.toUpperCase()]));
  const label = labeller(context);

  const meetings: SummaryMeeting[] = progress.meetings.map((meeting, index) => ({
    number: index + 1,
    date: meeting.date,
    sessions: sessionRefs(
      workshop,
      workshop.meetings.find((candidate) => candidate.id === meeting.id)!,
    ),
    state: meeting.cancelled ? 'cancelled' : meeting.held ? 'held' : 'planned',
  }));

  const used = new Set<string>();
  const rows: SummaryRow[] = progress.participants.map((participant) => {
    const cells = progress.meetings.map((meeting) => {
      const cell = progress.cells[`${meeting.id}:${participant.participantId}`];
      if (cell === undefined) return '';
      if (cell === NOT_ENROLLED) return NOT_EXPECTED;
      used.add(cell);
      // A status removed from Settings since the mark keeps a visible "?" rather than a blank.
      return codeOf.get(cell) ?? '?';
    });
    return {
      participant: label(participant.participantId),
      cells,
      attended: participant.attended,
      heldWhileEnrolled: participant.heldWhileEnrolled,
      ...(participant.share === undefined ? {} : { share: participant.share }),
      completion: participant.state,
    };
  });

  const rule = completionRule(workshop, context.statuses);
  const numberOf = new Map(workshop.module.sessions.map((session) => [session.id, session.number]));
  return {
    kind: 'attendance-summary',
    heading: recordHeading(workshop, context),
    meetings,
    rows,
    legend: context.statuses
      .filter((status) => used.has(status.id))
      .map((status) => ({ code: status.key.toUpperCase(), label: statusLabel(status, context.language) })),
    completion: {
      needed: sessionsNeeded(rule, workshop.module.sessions.length),
      of: workshop.module.sessions.length,
      required: rule.requiredSessionIds.flatMap((id) => (numberOf.has(id) ? [numberOf.get(id)!] : [])),
    },
  };
}
