import type { AttendanceStatus } from '../attendance';
import type { Meeting } from '../workshop';

/** Attendance counts and completion progress, as the domain works them out. */

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

export interface AtRiskParticipant {
  workshopId: string;
  workshopTitle: string;
  participantId: string;
  code: string;
  missedRequired: string[];
  share?: number;
}
