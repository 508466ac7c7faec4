import type { MeetingOccurrence } from '../../../core/contract/planning';

/** Each date's meetings, in time order. */
export function meetingsByDate(meetings: readonly MeetingOccurrence[]): Map<string, MeetingOccurrence[]> {
  const byDate = new Map<string, MeetingOccurrence[]>();
  for (const occurrence of meetings) {
    const list = byDate.get(occurrence.meeting.date) ?? [];
    list.push(occurrence);
    byDate.set(occurrence.meeting.date, list);
  }
  for (const list of byDate.values()) {
    list.sort((a, b) => a.meeting.startTime.localeCompare(b.meeting.startTime) || a.workshopTitle.localeCompare(b.workshopTitle));
  }
  return byDate;
}
