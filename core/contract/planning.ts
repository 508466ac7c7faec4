/**
 * What the planning channels send to the renderer: workshops, their schedules and rosters, the
 * participant registry, Today and the calendar. Inputs are the zod schemas in contract.ts.
 */
import type { CivilDate } from '../domain/calendar/civil';
import type { Participant } from '../domain/participants';
import type { Enrolment, Meeting, Workshop, WorkshopStatus } from '../domain/workshop';
import type { AtRiskParticipant } from '../domain/progress/views';
import type { RosterRow } from '../domain/roster/views';
import type { Conflict, PreviewMeeting } from '../domain/schedule/views';

export type { RosterRow, RosterRowStatus } from '../domain/roster/views';
export type { BookingRef, Conflict, PreviewMeeting } from '../domain/schedule/views';

/** One row of the workshop list. */
export interface WorkshopSummary {
  id: string;
  title: string;
  audience: string;
  status: WorkshopStatus;
  moduleTitle: string;
  siteName?: string;
  facilitatorNames: string[];
  /** First and last meeting that is not cancelled; absent when there is none. */
  firstDate?: CivilDate;
  lastDate?: CivilDate;
  /** Meetings not cancelled, and how many of them are before today. */
  meetingCount: number;
  pastMeetingCount: number;
  /** Participants enrolled now. */
  enrolledCount: number;
}

/** A workshop as its page shows it. */
export interface WorkshopView {
  workshop: Workshop;
  status: WorkshopStatus;
  /** Today in the workshop's time zone. */
  today: CivilDate;
  /** Registry records for everyone who was ever on this roster. */
  participants: Participant[];
  /** Conflicts between this workshop's meetings and any other active workshop's (or its own). */
  conflicts: Conflict[];
}

export interface SchedulePreview {
  meetings: PreviewMeeting[];
  /** Dates the pattern would have used but the skip list removed. */
  skipped: CivilDate[];
  conflicts: Conflict[];
}

/** One meeting as it appears on Today and in the calendar: with its workshop's context. */
export interface MeetingOccurrence {
  workshopId: string;
  workshopTitle: string;
  timeZone: string;
  siteName?: string;
  facilitatorNames: string[];
  meeting: Meeting;
  /** Titles of the sessions the meeting covers, in order, with their numbers. */
  sessions: { id: string; number: number; title: string }[];
  /** How many participants the meeting is for. */
  participantCount: number;
  hasConflict: boolean;
}

export interface TodayView {
  /** Today in the computer's time zone, and the Monday..Sunday week that holds it. */
  today: CivilDate;
  weekStart: CivilDate;
  weekEnd: CivilDate;
  /** Meetings of active (not archived) workshops from today to the end of the week, by date and time. */
  meetings: MeetingOccurrence[];
  /** Participants of running workshops who are at risk of not completing. */
  atRisk: AtRiskParticipant[];
}

export interface CalendarView {
  today: CivilDate;
  from: CivilDate;
  to: CivilDate;
  meetings: MeetingOccurrence[];
}

/** A participant with every stay in every workshop: their history. */
/** After erasing the stored full names. */
export interface FullNamesErased {
  /** How many participants had one in the registry. */
  erased: number;
  /** The second folder could not be reached: its copies lose the names when it next can be. */
  secondFolderPending: boolean;
}

export interface ParticipantView {
  participant: Participant;
  enrolments: (Enrolment & { workshopId: string; workshopTitle: string })[];
}

/** What importing a roster file would do, shown before anything is saved. */
export type RosterImportPreview =
  | { status: 'cancelled' }
  /** The file as a whole cannot be used (unreadable, no header, unknown columns...). */
  | { status: 'invalid'; fileName: string; problems: string[] }
  | {
      status: 'ready';
      fileName: string;
      token: string;
      workshopId: string;
      enrolledOn: CivilDate;
      rows: RosterRow[];
      /** Rows that confirming would enrol: status new or existing. */
      importable: number;
    };
