/**
 * What the planning channels send to the renderer: workshops, their schedules and rosters, the
 * participant registry, Today and the calendar; inputs are the zod schemas in planningInputs.ts, and the
 * channels themselves are at the end.
 */
import type { CivilDate } from '../domain/calendar/civil';
import type { Participant } from '../domain/participants';
import type { Enrolment, Meeting, Workshop, WorkshopStatus } from '../domain/workshop';
import type { AtRiskParticipant } from '../domain/progress/views';
import type { Message } from '../domain/messages';
import type { RosterRow } from '../domain/roster/views';
import type { Conflict, PreviewMeeting } from '../domain/schedule/views';
import type { DoubleBooking } from '../domain/schedule/doubleBookings';
import type { SavedFile } from './files';
import {
  addMeetingSchema,
  calendarExportSchema,
  calendarRangeSchema,
  cancelMeetingSchema,
  enrolSchema,
  exitSchema,
  moveMeetingSchema,
  moveParticipantSchema,
  participantInputSchema,
  rosterImportSchema,
  schedulePreviewSchema,
  setMeetingSessionsSchema,
  updateWorkshopSchema,
  workshopDraftSchema,
  workshopIdInput,
} from './planningInputs';
import { byId, channel, noInput } from './defineChannel';
import { recordId } from '../domain/text';
import { z } from 'zod';

export type { RosterRow, RosterRowStatus } from '../domain/roster/views';
export type { BookingRef, Conflict, PreviewMeeting } from '../domain/schedule/views';
export type { DoubleBooking, GroupBooking } from '../domain/schedule/doubleBookings';

/** One row of the workshop list. */
export interface WorkshopSummary {
  id: string;
  title: string;
  audience: string;
  status: WorkshopStatus;
  /** The module's id (every version) and title, and the site's id and name: what a report can be narrowed to. */
  moduleId: string;
  moduleTitle: string;
  siteId?: string;
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
  /** Facilitators or sites booked for two groups at once, with either meeting in the range. */
  doubleBookings: DoubleBooking[];
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
  /** A code another computer gave them that was not taken here, because someone else here has it. */
  codeNotTaken?: string;
}

/** What importing a roster file would do, shown before anything is saved. */
export type RosterImportPreview =
  | { status: 'cancelled' }
  /** The file as a whole cannot be used (unreadable, no header, unknown columns...). */
  | { status: 'invalid'; fileName: string; problems: Message[] }
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

/** Planning: workshops and their schedules, meetings, rosters, the participant registry, Today and the calendar. */
export const planningChannels = {
  'workshops.list': channel<WorkshopSummary[]>()(noInput),
  'workshops.get': channel<WorkshopView>()(workshopIdInput),
  /** The meetings a plan would create, and their conflicts; nothing is saved. */
  'workshops.previewSchedule': channel<SchedulePreview>()(schedulePreviewSchema),
  'workshops.create': channel<WorkshopView>()(workshopDraftSchema),
  'workshops.update': channel<WorkshopView>()(updateWorkshopSchema),
  'workshops.archive': channel<WorkshopView>()(workshopIdInput),
  'workshops.restore': channel<WorkshopView>()(workshopIdInput),
  /** The schedule as .ics: neutral ("Group session" only) by default, detailed when chosen; noted in the audit log. */
  'workshops.exportCalendar': channel<SavedFile>()(calendarExportSchema),
  'meetings.move': channel<WorkshopView>()(moveMeetingSchema),
  'meetings.cancel': channel<WorkshopView>()(cancelMeetingSchema),
  'meetings.restore': channel<WorkshopView>()(z.strictObject({ workshopId: recordId, meetingId: recordId })),
  'meetings.add': channel<WorkshopView>()(addMeetingSchema),
  'meetings.setSessions': channel<WorkshopView>()(setMeetingSessionsSchema),
  'roster.enrol': channel<WorkshopView>()(enrolSchema),
  'roster.exit': channel<WorkshopView>()(exitSchema),
  /** Ends the stay in one workshop ("moved") and starts one in another; returns the new workshop. */
  'roster.move': channel<WorkshopView>()(moveParticipantSchema),
  /** Opens the file dialog, then checks the chosen CSV; nothing is saved until confirmImport. */
  'roster.chooseImport': channel<RosterImportPreview>()(rosterImportSchema),
  'roster.confirmImport': channel<WorkshopView>()(z.strictObject({ token: z.uuid() })),
  'participants.list': channel<ParticipantView[]>()(noInput),
  'participants.save': channel<ParticipantView>()(participantInputSchema),
  /** Only for someone never enrolled anywhere: a history is never deleted. */
  'participants.remove': channel<ParticipantView[]>()(byId),
  /** With full names turned off: erases every stored full name, from the registry and the backups. */
  'participants.eraseFullNames': channel<FullNamesErased>()(noInput),
  'schedule.today': channel<TodayView>()(noInput),
  'schedule.range': channel<CalendarView>()(calendarRangeSchema),
};
