import type { AttendanceCounts, MeetingRunView } from '../../../../core/contract/running';
import type { AttendanceMark, AttendanceStatus } from '../../../../core/domain/attendance';
import type { Participant } from '../../../../core/domain/participants';

/** What a participant is marked: a status, and for an absence maybe a reason. */
export interface MarkValue {
  statusId: string;
  reasonId?: string;
}

/** participantId -> mark, for one meeting. */
export type MarkMap = ReadonlyMap<string, MarkValue>;

export function markMapOf(marks: readonly AttendanceMark[], meetingId: string): Map<string, MarkValue> {
  const map = new Map<string, MarkValue>();
  for (const mark of marks) {
    if (mark.meetingId !== meetingId) continue;
    map.set(mark.participantId, mark.reasonId ? { statusId: mark.statusId, reasonId: mark.reasonId } : { statusId: mark.statusId });
  }
  return map;
}

export function sameMark(a: MarkValue | undefined, b: MarkValue | undefined): boolean {
  return a?.statusId === b?.statusId && a?.reasonId === b?.reasonId;
}

/** The counts the service would give, for the view as loaded (before any MarkResult arrives). */
export function countMarks(roster: readonly Participant[], marks: MarkMap, statuses: readonly AttendanceStatus[]): AttendanceCounts {
  const byStatus: Record<string, number> = Object.fromEntries(statuses.map((status) => [status.id, 0]));
  let unmarked = 0;
  let attended = 0;
  for (const participant of roster) {
    const mark = marks.get(participant.id);
    if (!mark) {
      unmarked += 1;
      continue;
    }
    byStatus[mark.statusId] = (byStatus[mark.statusId] ?? 0) + 1;
    if (statuses.find((status) => status.id === mark.statusId)?.countsAsAttended) attended += 1;
  }
  return { expected: roster.length, unmarked, byStatus, attended };
}

/** The status "All present" and walk-ins use: the first that counts as attended. */
export function firstAttendedStatus(statuses: readonly AttendanceStatus[]): AttendanceStatus | undefined {
  return statuses.find((status) => status.countsAsAttended);
}

/** A meeting before today, or one whose session has ended: changing its attendance is confirmed and recorded. */
export function isPastMeeting(view: MeetingRunView): boolean {
  return view.meeting.date < view.today || view.run?.endedAt !== undefined;
}

/** Why nothing can be changed, if so: an archived workshop or a cancelled meeting. */
export function readOnlyReason(view: MeetingRunView): 'archived' | 'cancelled' | null {
  if (view.workshop.archivedAt) return 'archived';
  if (view.meeting.cancellation) return 'cancelled';
  return null;
}

/** Initials, pronouns and (only when Settings allow) the full name, for the line under a code. */
export function participantDetails(participant: Participant, allowFullNames: boolean): string[] {
  return [participant.initials ?? '', participant.pronouns ?? '', allowFullNames ? (participant.fullName ?? '') : ''].filter(Boolean);
}

export function matchesQuery(participant: Participant, query: string, allowFullNames: boolean): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  const texts = [participant.code, participant.initials ?? '', allowFullNames ? (participant.fullName ?? '') : ''];
  return texts.some((text) => text.toLocaleLowerCase().includes(needle));
}
