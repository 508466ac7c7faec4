import type { CivilDate, ClockTime } from '../calendar/civil';

/** A facilitator or a site booked for two meetings that overlap in time. */
export interface Conflict {
  kind: 'facilitator' | 'site';
  /** The facilitator's or site's id in Settings, and its name. */
  resourceId: string;
  resourceName: string;
  /** The two overlapping meetings. `meetingId` is absent for a meeting not saved yet (a preview). */
  first: BookingRef;
  second: BookingRef;
}

export interface BookingRef {
  workshopId: string;
  workshopTitle: string;
  meetingId?: string;
  date: CivilDate;
  startTime: ClockTime;
  minutes: number;
}

/** A meeting the generator would create, before it is saved. */
export interface PreviewMeeting {
  date: CivilDate;
  startTime: ClockTime;
  minutes: number;
  sessionIds: string[];
  part?: 1 | 2;
}
