import type { CivilDate } from '../calendar/civil';
import type { Workshop, WorkshopStatus } from '../workshop';

/** Where a workshop stands on `today` (a date in its own time zone), judged by its meetings that are not cancelled. */
export function workshopStatus(workshop: Workshop, today: CivilDate): WorkshopStatus {
  if (workshop.archivedAt) return 'archived';
  const dates = workshop.meetings.filter((meeting) => !meeting.cancellation).map((meeting) => meeting.date);
  if (dates.every((date) => date > today)) return 'planned';
  if (dates.every((date) => date < today)) return 'finished';
  return 'running';
}
