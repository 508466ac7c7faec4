import { activityStarts } from '../../../core/domain/curriculum/library';
import type { Activity, CurriculumModule, Session } from '../../../core/domain/curriculum/schema';

/** One activity of the meeting, in the order it is run. */
export interface RunStep {
  /** Unique in the meeting: activity ids repeat across sessions ("check-in"). */
  key: string;
  session: Session;
  activity: Activity;
  /** Minutes into its session. */
  start: number;
  /** Minutes into the meeting (sessions run one after the other). */
  meetingStart: number;
}

/** The activities of every session the meeting covers, in order, timed from the meeting's start. */
export function runSteps(module: Pick<CurriculumModule, 'sessions'>, sessionIds: readonly string[]): RunStep[] {
  const sessions = sessionIds.map((id) => module.sessions.find((session) => session.id === id)).filter((session): session is Session => session !== undefined);
  const sessionStarts = activityStarts(sessions);
  return sessions.flatMap((session, sessionIndex) => {
    const starts = activityStarts(session.activities);
    const offset = sessionStarts[sessionIndex] ?? 0;
    return session.activities.map((activity, index) => {
      const start = starts[index] ?? 0;
      return { key: `${session.id}/${activity.id}`, session, activity, start, meetingStart: offset + start };
    });
  });
}

/** "16:10": a clock time `minutes` after `startTime` ("15:30"), wrapping past midnight. */
export function clockAfter(startTime: string, minutes: number): string {
  const [hours = 0, mins = 0] = startTime.split(':').map(Number);
  const total = (((hours * 60 + mins + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
