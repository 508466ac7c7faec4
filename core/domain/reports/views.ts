import type { CivilDate } from '../calendar/civil';

/** A count of people: the number, or "<5" when it is between one and four, so no small group can be singled out. */
export type PeopleCount = number | '<5';

export interface FunderFigures {
  /** Workshops with at least one meeting held in the range. */
  workshopsHeld: number;
  /** Distinct module sessions each workshop had a meeting for in the range (held, planned or cancelled), summed. */
  sessionsPlanned: number;
  /** Distinct module sessions each workshop covered at a held meeting in the range, summed. */
  sessionsDelivered: number;
  /** People who attended at least one meeting held in the range. */
  participants: PeopleCount;
  /** Attended ÷ expected over the meetings held in the range, 0–1; absent when about fewer than five people. */
  attendanceRate?: number;
  /** People whose workshop finished in the range (a stay ended by a move is counted where they moved to). */
  finishers: PeopleCount;
  completed: PeopleCount;
  /** completed ÷ finishers, 0–1; absent when about fewer than five people. */
  completionRate?: number;
}

export interface FunderGroup extends FunderFigures {
  /**
   * The module's title, the site's name or the audience in the facilitator's words; absent for the
   * workshops that gave no site or audience, which the screen and the file word in their language.
   */
  label?: string;
}

export interface MeetingAttendancePoint {
  /** The meeting's place in its workshop's series: 1 for every workshop's first meeting. */
  meetingNumber: number;
  /** Workshops with a meeting held at this place in the range. */
  workshops: number;
  /** Attended ÷ expected at those meetings; absent when about fewer than five people. */
  rate?: number;
}

export interface FunderReport {
  from: CivilDate;
  to: CivilDate;
  /** The day it was made, in the computer's time zone. */
  madeOn: CivilDate;
  organisation: string;
  totals: FunderFigures;
  byModule: FunderGroup[];
  bySite: FunderGroup[];
  byAudience: FunderGroup[];
  /** Attendance by meeting number across workshops: do people keep coming? */
  attendanceByMeeting: MeetingAttendancePoint[];
}
