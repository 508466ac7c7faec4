import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MeetingRunView, ProgressView } from '../../../core/contract/running';
import type { fidelitySchema, followUpAddSchema, followUpDoneSchema, recordHeldSchema, startSchema } from '../../../core/contract/runningInputs';
import { AppFailure, type Message } from '../../../core/contract/result';
import type { FollowUp, MeetingRun } from '../../../core/domain/attendance';
import { clockTimeIn } from '../../../core/domain/calendar/zone';
import { expectedParticipantIds, progressOf, recordedRun, requireStartableToday } from '../../../core/domain/progress';
import { moveMeeting } from '../../../core/domain/schedule';
import type { CompletionOverride, CreditOverride, Workshop } from '../../../core/domain/workshop';
import type { DataStore } from '../../storage';
import type { Clock } from '../planning/clock';
import { applyRule } from '../planning/failures';
import { todayOf } from '../planning/views';
import { requireRecordable, requireRunnable, requireWorkshop, runViewOf } from './meetingContext';

type MeetingRef = { workshopId: string; meetingId: string };

/** Running a meeting (start, fidelity, notes, end), the group agreements, follow-ups and the completion rule. */
export function createRunService(options: { store: DataStore; clock: Clock }) {
  const { store, clock } = options;
  const stamp = () => clock.now().toISOString();

  /**
   * Changes the meeting's run and returns the runner's view. A run is started live only on the
   * meeting's own day (optionally moving it to today first), so no record says it was held on
   * another date.
   */
  async function changeRun(ref: MeetingRef, change: (run: MeetingRun) => MeetingRun, moveToToday = false): Promise<MeetingRunView> {
    const saved = await store.workshops.update(ref.workshopId, (stored) => {
      const now = clock.now();
      const today = todayOf(stored, now);
      const current = moveToToday ? movedToToday(stored, ref.meetingId, now) : stored;
      const meeting = requireRecordable(current, ref.meetingId, now);
      const existing = current.runs.find((run) => run.meetingId === ref.meetingId);
      if (!existing) applyRule(() => requireStartableToday(meeting, today));
      const next = change(existing ?? { meetingId: ref.meetingId, startedAt: stamp(), fidelity: [], notes: '' });
      const runs = existing ? current.runs.map((run) => (run === existing ? next : run)) : [...current.runs, next];
      return { ...current, runs, updatedAt: stamp() };
    });
    return runViewOf(saved, ref.meetingId, store, clock);
  }

  /** The meeting moved to today at the current time (unchanged when it is already today's). */
  function movedToToday(workshop: Workshop, meetingId: string, now: Date): Workshop {
    const meeting = requireRunnable(workshop, meetingId);
    const today = todayOf(workshop, now);
    if (meeting.date === today) return workshop;
    return applyRule(() => moveMeeting(workshop, meetingId, { date: today, startTime: clockTimeIn(now, workshop.timeZone), minutes: meeting.minutes }, false));
  }

  async function change(workshopId: string, apply: (workshop: Workshop) => Workshop): Promise<Workshop> {
    return store.workshops.update(workshopId, (current) => {
      if (current.archivedAt !== undefined) throw new AppFailure('invalid-input', { code: 'workshop-archived', params: { title: current.title } });
      return { ...apply(current), updatedAt: stamp() };
    });
  }

  function progress(workshop: Workshop): ProgressView {
    return progressOf(workshop, store.settings.get().attendanceStatuses, store.participants.get().participants, todayOf(workshop, clock.now()));
  }

  return {
    start: ({ moveToToday, ...ref }: z.infer<typeof startSchema>) => changeRun(ref, (run) => run, moveToToday ?? false),

    /** A past meeting that took place but was not run from the app: held on its own date, at the times typed in. */
    async recordHeld({ workshopId, meetingId, startTime, endTime }: z.infer<typeof recordHeldSchema>): Promise<MeetingRunView> {
      const saved = await change(workshopId, (current) => {
        const meeting = requireRunnable(current, meetingId);
        const existing = current.runs.find((run) => run.meetingId === meetingId);
        const run = applyRule(() => recordedRun(meeting, { startTime, endTime }, todayOf(current, clock.now()), current.timeZone, existing));
        const runs = existing ? current.runs.map((item) => (item === existing ? run : item)) : [...current.runs, run];
        return { ...current, runs };
      });
      return runViewOf(saved, meetingId, store, clock);
    },

    fidelity: ({ workshopId, meetingId, ...entry }: z.infer<typeof fidelitySchema>) =>
      changeRun({ workshopId, meetingId }, (run) => {
        if (entry.outcome !== 'as-planned' && entry.note === '') {
          const reason: Message = { code: entry.outcome === 'adapted' ? 'fidelity-note-adapted' : 'fidelity-note-skipped' };
          throw new AppFailure('invalid-input', reason, [{ path: 'note', rule: 'as-reason' }]);
        }
        const others = run.fidelity.filter((item) => item.sessionId !== entry.sessionId || item.activityId !== entry.activityId);
        return { ...run, fidelity: [...others, entry] };
      }),

    notes: ({ workshopId, meetingId, notes }: MeetingRef & { notes: string }) => changeRun({ workshopId, meetingId }, (run) => ({ ...run, notes })),

    /** The meeting is held from now on, with its start and end time. */
    end: (ref: MeetingRef) => changeRun(ref, (run) => ({ ...run, endedAt: run.endedAt ?? stamp() })),

    async setAgreements({ workshopId, agreements }: { workshopId: string; agreements: string[] }): Promise<string[]> {
      return (await change(workshopId, (current) => ({ ...current, agreements }))).agreements;
    },

    async addFollowUp(input: z.infer<typeof followUpAddSchema>): Promise<MeetingRunView> {
      const saved = await change(input.workshopId, (current) => {
        const meeting = requireRunnable(current, input.meetingId);
        if (!expectedParticipantIds(current, meeting).includes(input.participantId)) {
          throw new AppFailure('invalid-input', { code: 'not-on-meeting-roster' });
        }
        const followUp: FollowUp = { id: randomUUID(), participantId: input.participantId, meetingId: meeting.id, kind: input.kind, neededAt: stamp() };
        return { ...current, followUps: [...current.followUps, followUp] };
      });
      return runViewOf(saved, input.meetingId, store, clock);
    },

    async setFollowUpDone(input: z.infer<typeof followUpDoneSchema>): Promise<FollowUp[]> {
      const saved = await change(input.workshopId, (current) => {
        if (!current.followUps.some((item) => item.id === input.followUpId)) throw new AppFailure('not-found', { code: 'follow-up-missing' });
        const followUps = current.followUps.map((item) => {
          if (item.id !== input.followUpId) return item;
          const { doneAt: _previous, ...open } = item;
          return input.done ? { ...open, doneAt: item.doneAt ?? stamp() } : open;
        });
        return { ...current, followUps };
      });
      return saved.followUps;
    },

    async progress(workshopId: string): Promise<ProgressView> {
      return progress(await requireWorkshop(store, workshopId));
    },

    async setCompletionRule({ workshopId, rule }: { workshopId: string; rule: CompletionOverride | null }): Promise<ProgressView> {
      const saved = await change(workshopId, ({ completion: _previous, ...current }) => {
        if (!rule) return current;
        const known = new Set(current.module.sessions.map((session) => session.id));
        const unknown = rule.requiredSessionIds.find((id) => !known.has(id));
        if (unknown)
          throw new AppFailure('invalid-input', { code: 'module-lacks-session', params: { session: unknown } }, [
            { path: 'rule.requiredSessionIds', rule: 'not-in-module' },
          ]);
        if (rule.minimumSessions !== undefined && rule.minimumSessions > current.module.sessions.length) {
          const count = current.module.sessions.length;
          throw new AppFailure('invalid-input', { code: 'minimum-over-sessions', params: { count } }, [
            { path: 'rule.minimumSessions', rule: 'over-sessions', params: { count } },
          ]);
        }
        return { ...current, completion: rule };
      });
      return progress(saved);
    },

    async setCredit({ workshopId, credit }: { workshopId: string; credit: CreditOverride | null }): Promise<ProgressView> {
      if (credit) {
        const known = new Set(store.settings.get().attendanceStatuses.map((status) => status.id));
        const unknown = credit.statuses.find((id) => !known.has(id));
        if (unknown)
          throw new AppFailure('invalid-input', { code: 'unknown-status', params: { status: unknown } }, [
            { path: 'credit.statuses', rule: 'not-in-settings' },
          ]);
      }
      const saved = await change(workshopId, ({ credit: _previous, ...current }) => (credit ? { ...current, credit } : current));
      return progress(saved);
    },
  };
}
