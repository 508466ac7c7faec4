import type { Message } from '../messages';
import type { AttendanceLetter, AttendanceLettersView, Certificate, CertificatesView } from './views';
import type { ParticipantProgress } from '../progress/views';
import type { CivilDate } from '../calendar/civil';
import { attendedStatusIds, NOT_ENROLLED, progressOf } from '../progress';
import type { Workshop } from '../workshop';
import type { RecordContext } from './context';
import { labeller, neutralHeading } from './heading';

/** Why a letter or certificate cannot be made for the participant asked for. */
/** A record that cannot be made, and why (worded by the renderer). */
export class RecordRefusal extends Error {
  constructor(readonly reason: Message) {
    super(reason.code);
    this.name = 'RecordRefusal';
  }
}

interface Chosen {
  progress: ParticipantProgress[];
  /** The held meetings the participant was expected at, and whether they attended each. */
  meetingsFor(participantId: string): { date: CivilDate; attended: boolean }[];
}

/** Progress of everyone, or of the one participant asked for, with their meetings. */
function choose(workshop: Workshop, context: RecordContext, participantId: string | undefined): Chosen {
  const progress = progressOf(workshop, context.statuses, context.participants, context.today);
  const attended = attendedStatusIds(context.statuses);
  const marks = new Map(workshop.attendance.map((mark) => [`${mark.meetingId}:${mark.participantId}`, mark.statusId]));
  const held = progress.meetings.filter((meeting) => meeting.held);
  const meetingsFor = (id: string) =>
    held
      .filter((meeting) => progress.cells[`${meeting.id}:${id}`] !== NOT_ENROLLED)
      .map((meeting) => ({ date: meeting.date, attended: attended.has(marks.get(`${meeting.id}:${id}`) ?? '') }));

  if (participantId === undefined) return { progress: progress.participants, meetingsFor };
  const one = progress.participants.filter((participant) => participant.participantId === participantId);
  if (!one.length) throw new RecordRefusal({ code: 'record-never-on-roster' });
  return { progress: one, meetingsFor };
}

/**
 * Attendance letters for courts, probation officers and schools: dates and counts only, in neutral words
 * (the page names the program generically; nothing here says what the group is about).
 */
export function attendanceLetters(workshop: Workshop, context: RecordContext, participantId?: string): AttendanceLettersView {
  const label = labeller(context);
  const { progress, meetingsFor } = choose(workshop, context, participantId);
  const letters = progress.map((participant): AttendanceLetter => {
    const meetings = meetingsFor(participant.participantId);
    return {
      participantId: participant.participantId,
      participant: label(participant.participantId),
      ...(meetings.length ? { from: meetings[0]!.date, to: meetings.at(-1)!.date } : {}),
      held: participant.heldWhileEnrolled,
      attended: participant.attended,
      meetings,
      completed: participant.state === 'complete',
      sessionsAttended: participant.sessionsAttended.length,
      sessionsNeeded: participant.sessionsNeeded,
    };
  });
  return { kind: 'attendance-letter', heading: neutralHeading(workshop, context), letters };
}

/** Certificates for those who completed; asking for one who has not is refused with how far they are. */
export function certificates(workshop: Workshop, context: RecordContext, participantId?: string): CertificatesView {
  const label = labeller(context);
  const { progress: chosen, meetingsFor } = choose(workshop, context, participantId);
  if (participantId !== undefined && chosen[0]!.state !== 'complete') {
    const { sessionsAttended, sessionsNeeded, missedRequired } = chosen[0]!;
    const params = { participant: label(participantId), attended: sessionsAttended.length, needed: sessionsNeeded };
    throw new RecordRefusal(missedRequired.length ? { code: 'not-completed-required', params } : { code: 'not-completed', params });
  }
  const list = chosen
    .filter((participant) => participant.state === 'complete')
    .map((participant): Certificate => {
      const attendedDates = meetingsFor(participant.participantId).filter((meeting) => meeting.attended);
      return {
        participantId: participant.participantId,
        participant: label(participant.participantId),
        completedOn: attendedDates.at(-1)?.date ?? context.today,
        sessionsAttended: participant.sessionsAttended.length,
      };
    });
  return { kind: 'certificate', heading: neutralHeading(workshop, context), certificates: list };
}
