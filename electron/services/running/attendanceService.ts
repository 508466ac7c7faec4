import type { z } from 'zod';
import type { MarkResult, MeetingRunView } from '../../../core/contract/running';
import type { markAllSchema, markSchema, presenceSchema, walkInSchema } from '../../../core/contract/runningInputs';
import { AppFailure } from '../../../core/contract/result';
import type { AttendanceMark, AuditEntry } from '../../../core/domain/attendance';
import { replacing } from '../../../core/domain/markHistory';
import { attendanceCounts, expectedParticipantIds } from '../../../core/domain/progress';
import { enrol, openEnrolment } from '../../../core/domain/roster/rules';
import type { Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import { applyRule } from '../planning/failures';
import { sameCode, type ParticipantService } from '../planning/participantService';
import { isOver, requireRecordable, requireWorkshop, runViewOf } from './meetingContext';

type Mark = z.infer<typeof markSchema>;

export function createAttendanceService(options: { store: DataStore; participants: ParticipantService; clock: Clock }) {
  const { store, participants, clock } = options;
  const settings = () => store.settings.get();

  function checkStatus(statusId: string, reasonId: string | undefined) {
    const status = settings().attendanceStatuses.find((candidate) => candidate.id === statusId);
    if (!status) throw new AppFailure('invalid-input', { code: 'status-missing' }, [{ path: 'statusId', rule: 'not-in-settings' }]);
    if (reasonId !== undefined) {
      if (!status.isAbsence)
        throw new AppFailure('invalid-input', { code: 'reason-not-for-status', params: { status: status.label } }, [
          { path: 'reasonId', rule: 'only-for-absences' },
        ]);
      if (!settings().absenceReasons.some((reason) => reason.id === reasonId)) {
        throw new AppFailure('invalid-input', { code: 'reason-missing' }, [{ path: 'reasonId', rule: 'not-in-settings' }]);
      }
    }
  }

  /** Sets (or clears, statusId null) each participant's mark; an edit of a meeting that is over needs confirming and is audited. */
  function applyMarks(workshop: Workshop, meetingId: string, changes: readonly Omit<Mark, 'workshopId' | 'meetingId'>[], confirmPastEdit: boolean): Workshop {
    const meeting = requireRecordable(workshop, meetingId, clock.now());
    const expected = new Set(expectedParticipantIds(workshop, meeting));
    const now = clock.now();
    const at = now.toISOString();
    const over = isOver(workshop, meeting, now);
    let attendance = workshop.attendance;
    const audit: AuditEntry[] = [];
    for (const change of changes) {
      if (!expected.has(change.participantId)) throw new AppFailure('invalid-input', { code: 'not-on-meeting-roster' });
      const previous = attendance.find((mark) => mark.meetingId === meetingId && mark.participantId === change.participantId);
      if (previous?.statusId === (change.statusId ?? undefined) && previous?.reasonId === change.reasonId) continue;
      if (over && !confirmPastEdit)
        throw new AppFailure('invalid-input', { code: 'past-edit-unconfirmed' }, [{ path: 'confirmPastEdit', rule: 'must-confirm' }]);
      if (change.statusId === null) {
        attendance = attendance.filter((mark) => mark !== previous);
      } else {
        const mark: AttendanceMark = { meetingId, participantId: change.participantId, statusId: change.statusId, at };
        if (change.reasonId !== undefined) mark.reasonId = change.reasonId;
        const next = replacing(previous, mark);
        // In its place: the list keeps its order, so the saved change is this one mark, not every mark after it.
        attendance = previous ? attendance.map((item) => (item === previous ? next : item)) : [...attendance, next];
      }
      if (over) {
        const entry: AuditEntry = { at, kind: 'attendance-changed', meetingId, participantId: change.participantId };
        if (previous) entry.from = previous.statusId;
        if (change.statusId !== null) entry.to = change.statusId;
        audit.push(entry);
      }
    }
    return { ...workshop, attendance, audit: [...workshop.audit, ...audit], updatedAt: at };
  }

  function result(workshop: Workshop, meetingId: string): MarkResult {
    return {
      marks: workshop.attendance.filter((mark) => mark.meetingId === meetingId),
      counts: attendanceCounts(workshop, meetingId, settings().attendanceStatuses),
    };
  }

  async function view(workshopId: string, meetingId: string): Promise<MeetingRunView> {
    return runViewOf(await requireWorkshop(store, workshopId), meetingId, store, clock);
  }

  return {
    get: ({ workshopId, meetingId }: { workshopId: string; meetingId: string }) => view(workshopId, meetingId),

    async mark(input: Mark): Promise<MarkResult> {
      if (input.statusId !== null) checkStatus(input.statusId, input.reasonId);
      const saved = await store.workshops.update(input.workshopId, (current) =>
        applyMarks(
          current,
          input.meetingId,
          [{ participantId: input.participantId, statusId: input.statusId, reasonId: input.reasonId }],
          input.confirmPastEdit ?? false,
        ),
      );
      return result(saved, input.meetingId);
    },

    async markAll(input: z.infer<typeof markAllSchema>): Promise<MarkResult> {
      checkStatus(input.statusId, undefined);
      const saved = await store.workshops.update(input.workshopId, (current) => {
        const meeting = requireRecordable(current, input.meetingId, clock.now());
        const marked = new Set(current.attendance.filter((mark) => mark.meetingId === meeting.id).map((mark) => mark.participantId));
        const targets = expectedParticipantIds(current, meeting).filter((id) => input.overwrite || !marked.has(id));
        return applyMarks(
          current,
          meeting.id,
          targets.map((participantId) => ({ participantId, statusId: input.statusId })),
          input.confirmPastEdit ?? false,
        );
      });
      return result(saved, input.meetingId);
    },

    async presence(input: z.infer<typeof presenceSchema>): Promise<MeetingRunView> {
      const saved = await store.workshops.update(input.workshopId, (current) => {
        const meeting = requireRecordable(current, input.meetingId, clock.now());
        if (!expectedParticipantIds(current, meeting).includes(input.participantId)) {
          throw new AppFailure('invalid-input', { code: 'not-on-meeting-roster' });
        }
        const same = (entry: (typeof current.presence)[number]) =>
          entry.meetingId === meeting.id && entry.participantId === input.participantId && entry.activityId === input.activityId && entry.kind === input.kind;
        const presence = current.presence.filter((entry) => !same(entry));
        if (input.on) presence.push({ meetingId: meeting.id, participantId: input.participantId, activityId: input.activityId, kind: input.kind });
        return { ...current, presence, updatedAt: clock.now().toISOString() };
      });
      return runViewOf(saved, input.meetingId, store, clock);
    },

    /** Someone who turns up unplanned: found by code or added to the registry, put on this meeting's roster, and marked. */
    async walkIn(input: z.infer<typeof walkInSchema>): Promise<MeetingRunView> {
      checkStatus(input.statusId, undefined);
      const before = await requireWorkshop(store, input.workshopId);
      requireRecordable(before, input.meetingId, clock.now());
      const known = store.participants.get().participants.find((participant) => sameCode(participant.code, input.code));
      const participant = known ?? (await participants.addMany([{ code: input.code, initials: input.initials }]))[0]!;
      const saved = await store.workshops.update(input.workshopId, (current) => {
        const meeting = requireRecordable(current, input.meetingId, clock.now());
        let next = current;
        if (!openEnrolment(next, participant.id)) next = applyRule(() => enrol(next, [participant.id], meeting.date, () => participant.code));
        if (meeting.participantIds && !meeting.participantIds.includes(participant.id)) {
          next = {
            ...next,
            meetings: next.meetings.map((item) => (item.id === meeting.id ? { ...item, participantIds: [...meeting.participantIds!, participant.id] } : item)),
          };
        }
        if (!expectedParticipantIds(next, meeting.participantIds ? next.meetings.find((item) => item.id === meeting.id)! : meeting).includes(participant.id)) {
          throw new AppFailure('invalid-input', { code: 'enrolled-after-meeting', params: { code: participant.code } });
        }
        return applyMarks(next, meeting.id, [{ participantId: participant.id, statusId: input.statusId }], true);
      });
      return runViewOf(saved, input.meetingId, store, clock);
    },
  };
}
