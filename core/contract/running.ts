/**
 * What the channels for running a meeting, taking attendance and following progress return.
 * Inputs are the zod schemas in runningInputs.ts.
 */
import type { AbsenceReason, ActivityPresence, AttendanceMark, AttendanceStatus, FollowUp, MeetingRun } from '../domain/attendance';
import type { CivilDate } from '../domain/calendar/civil';
import type { Participant } from '../domain/participants';
import type { Meeting, Workshop } from '../domain/workshop';
import type { AttendanceCounts } from '../domain/progress/views';

export type {
  AtRiskParticipant,
  AttendanceCounts,
  CompletionRuleView,
  CompletionState,
  CreditView,
  ParticipantProgress,
  ProgressView,
} from '../domain/progress/views';

/** Everything the session runner and the attendance panel need for one meeting. */
export interface MeetingRunView {
  workshop: Pick<Workshop, 'id' | 'title' | 'timeZone' | 'site' | 'facilitators' | 'module' | 'agreements' | 'archivedAt'>;
  meeting: Meeting;
  /** Today in the workshop's time zone; a meeting before today is "past" and edits ask first. */
  today: CivilDate;
  /** Who the meeting is for: enrolled on its date (or chosen for a make-up), by code. */
  roster: Participant[];
  marks: AttendanceMark[];
  presence: ActivityPresence[];
  run?: MeetingRun;
  followUps: FollowUp[];
  statuses: AttendanceStatus[];
  absenceReasons: AbsenceReason[];
}

/** What a mark changed: the meeting's marks and counts, small enough to send on every key press. */
export interface MarkResult {
  marks: AttendanceMark[];
  counts: AttendanceCounts;
}

/** What the projector shows: never the roster, marks or notes. */
export interface PresenterState {
  workshopTitle: string;
  sessionTitle: string;
  activityTitle?: string;
  prompt?: string;
  /** The timer: seconds left when paused, or the instant it reaches zero when running. */
  timer?: { running: true; endsAt: string } | { running: false; secondsLeft: number };
  agreements: string[];
  resources: { name: string; contact: string; hours: string }[];
  /** A calm screen instead of the activity (pause panel in use). */
  paused: boolean;
  /** A youth handout of the session, in Markdown, shown instead of the activity. */
  handout?: { title: string; body: string };
}
