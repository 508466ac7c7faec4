import type { Identification } from '../attendance';
import type { CivilDate, ClockTime } from '../calendar/civil';
import type { Language } from '../languages';
import type { OrganisationContact } from '../settings';

/** The printable records, as laid out from a workshop (the renderer words and styles them). */

/** What every record about a workshop says at the top. */
export interface RecordHeading {
  organisation: string;
  workshopTitle: string;
  moduleTitle: string;
  site?: string;
  facilitators: string[];
  identification: Identification;
  /** The language the record is printed in. */
  language: Language;
  madeOn: CivilDate;
}

/** A module session a meeting covers, worded by the page ("Session 3: Who I am, part 1"). */
export interface SessionRef {
  number: number;
  title: string;
  /** Half of a session spread over two meetings. */
  part?: 1 | 2;
}

export interface SignInSheetView {
  kind: 'sign-in';
  heading: RecordHeading;
  date: CivilDate;
  startTime: ClockTime;
  endTime: ClockTime;
  sessions: SessionRef[];
  /** Each person expected, as the identification names them, in code order. */
  people: string[];
  /** Empty lines left at the end for people who join on the day. */
  spareLines: number;
}

export interface SummaryMeeting {
  /** Its place in the series, 1 for the first. */
  number: number;
  date: CivilDate;
  sessions: SessionRef[];
  state: 'held' | 'cancelled' | 'planned';
}

export interface SummaryRow {
  participant: string;
  /** Per meeting: the status key (upper case), '' when unmarked or not held, '—' when not expected. */
  cells: string[];
  attended: number;
  heldWhileEnrolled: number;
  share?: number;
  completion: 'complete' | 'on-track' | 'at-risk' | 'not-complete';
}

export interface AttendanceSummaryView {
  kind: 'attendance-summary';
  heading: RecordHeading;
  meetings: SummaryMeeting[];
  rows: SummaryRow[];
  /** The status keys used in the cells, with their labels. */
  legend: { code: string; label: string }[];
  /** What completing asks: `needed` of the module's `of` sessions, including the required ones (by number). */
  completion: { needed: number; of: number; required: number[] };
}

/**
 * A letter or certificate goes to courts, probation officers and schools: it never names the module, the
 * workshop, its audience or its site (a school need not learn that a student was in a juvenile hall).
 */
export interface NeutralHeading {
  organisation: string;
  /** How to reach the organisation; letters invite contact only when there is one. */
  contact: OrganisationContact;
  /** The facilitators who sign, by name only. */
  signers: string[];
  identification: Identification;
  /** The language the record is printed in. */
  language: Language;
  madeOn: CivilDate;
}

export interface AttendanceLetter {
  participantId: string;
  participant: string;
  /** The first and last meeting held while they were enrolled. */
  from?: CivilDate;
  to?: CivilDate;
  held: number;
  attended: number;
  /** Each meeting held while enrolled, and whether they attended it. */
  meetings: { date: CivilDate; attended: boolean }[];
  completed: boolean;
  sessionsAttended: number;
  sessionsNeeded: number;
}

export interface AttendanceLettersView {
  kind: 'attendance-letter';
  heading: NeutralHeading;
  letters: AttendanceLetter[];
}

export interface Certificate {
  participantId: string;
  participant: string;
  /** The day of the last meeting they attended. */
  completedOn: CivilDate;
  sessionsAttended: number;
}

export interface CertificatesView {
  kind: 'certificate';
  heading: NeutralHeading;
  certificates: Certificate[];
}

export type PrintableView = SignInSheetView | AttendanceSummaryView | AttendanceLettersView | CertificatesView;
