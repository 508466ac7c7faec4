import type { CivilDate } from '../calendar/civil';
import type { Workshop, WorkshopStatus } from '../workshop';

/** Where a workshop stands on `today` (a date in its own time zone), judged by its meetings that are not cancelled. */
export function workshopStatus(workshop: Workshop, today: CivilDate): WorkshopStatus {
  const dates = workshop.meetings.filter((meeting) => !meeting.cancellation).map((meeting) => meeting.date);
  return datesStatus(workshop.archivedAt !== undefined, dates, today);
}

/** The same judgement from the dates of the meetings that are not cancelled. */
export function datesStatus(archived: boolean, heldDates: readonly CivilDate[], today: CivilDate): WorkshopStatus {
  if (archived) return 'archived';
  if (heldDates.every((date) => date > today)) return 'planned';
  if (heldDates.every((date) => date < today)) return 'finished';
  return 'running';
}
