/**
 * What the channels for running a meeting, taking attendance and following progress return.
 * Inputs are the zod schemas in runningInputs.ts; the channels themselves are at the end.
 */
import type { AbsenceReason, ActivityPresence, AttendanceMark, AttendanceStatus, FollowUp, MeetingRun } from '../domain/attendance';
import type { CivilDate } from '../domain/calendar/civil';
import type { Language } from '../domain/languages';
import type { Participant } from '../domain/participants';
import type { Meeting, Workshop } from '../domain/workshop';
import type { AttendanceCounts, ProgressView } from '../domain/progress/views';
import {
  agreementsSchema,
  completionRuleSchema,
  creditRuleSchema,
  fidelitySchema,
  followUpAddSchema,
  followUpDoneSchema,
  markAllSchema,
  markSchema,
  meetingRefSchema,
  presenceSchema,
  presenterShowSchema,
  recordHeldSchema,
  runNotesSchema,
  startSchema,
  walkInSchema,
} from './runningInputs';
import { channel, noInput } from './defineChannel';
import { recordId } from '../domain/text';
import { z } from 'zod';

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
  workshop: Pick<Workshop, 'id' | 'title' | 'timeZone' | 'site' | 'facilitators' | 'module' | 'agreements' | 'archivedAt'> & { language?: Language };
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

/** What the projector shows: never the roster, marks or notes. Worded by the page in `language`, the group's. */
export interface PresenterState {
  language: Language;
  workshopTitle: string;
  /** The session on screen, by number and title; absent when the meeting has none. */
  session?: { number: number; title: string };
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

/** The projector window opened for a meeting that has not sent anything yet: a welcome, in the group's language. */
export interface PresenterWelcome {
  waiting: true;
  language: Language;
}

/** Running a meeting: attendance, the session runner, follow-ups, progress and the projector. */
export const runningChannels = {
  'attendance.get': channel<MeetingRunView>()(meetingRefSchema),
  /** One mark, durable before it answers; small result so marking stays fast. */
  'attendance.mark': channel<MarkResult>()(markSchema),
  'attendance.markAll': channel<MarkResult>()(markAllSchema),
  'attendance.presence': channel<MeetingRunView>()(presenceSchema),
  /** Someone not on the roster turns up: added to the registry if new, enrolled on the meeting's date and marked. */
  'attendance.walkIn': channel<MeetingRunView>()(walkInSchema),
  /** Starts the session; only on the meeting's day, or with moveToToday for a meeting planned for another day. */
  'run.start': channel<MeetingRunView>()(startSchema),
  /** Records a past meeting as held on its date, at the times typed in (never a date after today). */
  'run.recordHeld': channel<MeetingRunView>()(recordHeldSchema),
  'run.fidelity': channel<MeetingRunView>()(fidelitySchema),
  'run.notes': channel<MeetingRunView>()(runNotesSchema),
  /** Ends the session: the meeting is held, with its start and end time. */
  'run.end': channel<MeetingRunView>()(meetingRefSchema),
  'workshops.setAgreements': channel<string[]>()(agreementsSchema),
  /** null goes back to the module's rule. */
  'workshops.setCompletionRule': channel<ProgressView>()(completionRuleSchema),
  /** The workshop's own attendance credit (statuses that count, made-up sessions); null goes back to the module's. */
  'workshops.setCredit': channel<ProgressView>()(creditRuleSchema),
  'followUps.add': channel<MeetingRunView>()(followUpAddSchema),
  'followUps.setDone': channel<FollowUp[]>()(followUpDoneSchema),
  'progress.get': channel<ProgressView>()(z.strictObject({ workshopId: recordId })),
  /** Opens (or brings forward) the projector window for this meeting. */
  'presenter.open': channel<{ opened: true }>()(meetingRefSchema),
  /** What the projector shows now: the runner sends it as the session moves on. */
  'presenter.show': channel<PresenterState>()(presenterShowSchema),
  /** The projector asks for what to show; null before a runner has sent anything. */
  'presenter.state': channel<PresenterState | PresenterWelcome | null>()(noInput),
};
