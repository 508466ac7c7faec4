/**
 * What the channels for running a meeting, taking attendance and following progress return.
 * Inputs are the zod schemas in runningInputs.ts.
 */
import type { AbsenceReason, ActivityPresence, AttendanceMark, AttendanceStatus, FollowUp, MeetingRun } from '../domain/attendance';
import type { CivilDate } from '../domain/calendar/civil';
import type { Participant } from '../domain/participants';
import type { Meeting, Workshop } from '../domain/workshop';

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

export interface AttendanceCounts {
  /** Participants the meeting is for. */
  expected: number;
  unmarked: number;
  /** By status id. */
  byStatus: Record<string, number>;
  attended: number;
}

export type CompletionState = 'complete' | 'on-track' | 'at-risk' | 'not-complete';

/** One participant's progress in a workshop. */
export interface ParticipantProgress {
  participantId: string;
  code: string;
  /** Meetings held while they were enrolled (and, for make-ups, chosen), and how many they attended. */
  heldWhileEnrolled: number;
  attended: number;
  /** attended / heldWhileEnrolled, 0..1; undefined before any meeting was held. */
  share?: number;
  /** Module sessions they attended (a make-up counts for the session it covers, as the credit allows). */
  sessionsAttended: string[];
  /** Sessions the rule asks of them: fewer for someone who joined an open group late. */
  sessionsNeeded: number;
  /** Required sessions they missed at a held meeting and have not made up. */
  missedRequired: string[];
  state: CompletionState;
  /** Enrolled now (not exited). */
  current: boolean;
}

/**
 * What counts toward completion: the workshop's own credit, the module's, or (when neither names
 * statuses) the statuses Settings counts as attended.
 */
export interface CreditView {
  source: 'module' | 'workshop' | 'settings';
  statuses: string[];
  /** A session missed and made up at a make-up meeting or one-to-one catch-up counts. */
  madeUpCounts: boolean;
  /** Only a made-up session whose absence was excused (or that was held before they joined) counts. */
  excusedMadeUpOnly: boolean;
}

/** The rule in force: the workshop's own, or the module's. */
export interface CompletionRuleView {
  source: 'module' | 'workshop';
  minimumSessions?: number;
  minimumPercent?: number;
  requiredSessionIds: string[];
  /** What counts toward it. */
  credit: CreditView;
}

export interface ProgressView {
  workshopId: string;
  rule: CompletionRuleView;
  /** Meetings in order, with whether each was held (ended, or has marks, and is not cancelled). */
  meetings: (Pick<Meeting, 'id' | 'date' | 'startTime' | 'sessionIds' | 'kind' | 'part'> & { held: boolean; cancelled: boolean })[];
  /** Everyone ever on the roster, by code. */
  participants: ParticipantProgress[];
  /** Grid cells: statusId by `${meetingId}:${participantId}`; absent = no mark; 'not-enrolled' when not expected. */
  cells: Record<string, string>;
  statuses: AttendanceStatus[];
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

export interface AtRiskParticipant {
  workshopId: string;
  workshopTitle: string;
  participantId: string;
  code: string;
  missedRequired: string[];
  share?: number;
}
