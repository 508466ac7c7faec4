import type { Conflict, MeetingOccurrence, WorkshopSummary, WorkshopView } from '../../../core/contract/planning';
import { civilDateIn } from '../../../core/domain/calendar/zone';
import type { Participant } from '../../../core/domain/participants';
import { everListedParticipantIds } from '../../../core/domain/roster/rules';
import { bookingsOf, findConflicts, workshopStatus } from '../../../core/domain/schedule';
import type { Meeting, Workshop } from '../../../core/domain/workshop';
import { digestStatus, type WorkshopDigest } from '../../../core/domain/workshopDigest';

export function todayOf(workshop: Workshop, now: Date): string {
  return civilDateIn(now, workshop.timeZone);
}

/** A line of the workshops list, from the workshop's digest (the list never reads workshop files). */
export function summarise(digest: WorkshopDigest, now: Date): WorkshopSummary {
  const today = civilDateIn(now, digest.timeZone);
  const dates = digest.heldDates;
  const summary: WorkshopSummary = {
    id: digest.id,
    title: digest.title,
    audience: digest.audience,
    status: digestStatus(digest, today),
    moduleId: digest.module.id,
    moduleTitle: digest.module.title,
    facilitatorNames: digest.facilitators.map((facilitator) => facilitator.name),
    meetingCount: dates.length,
    pastMeetingCount: dates.filter((date) => date < today).length,
    enrolledCount: digest.enrolledCount,
  };
  if (digest.site) {
    summary.siteId = digest.site.siteId;
    summary.siteName = digest.site.name;
  }
  if (dates.length > 0) {
    summary.firstDate = dates[0]!;
    summary.lastDate = dates[dates.length - 1]!;
  }
  return summary;
}

/** Conflicts among the meetings of every workshop that is not archived. */
export function allConflicts(workshops: readonly Workshop[]): Conflict[] {
  return findConflicts(workshops.flatMap(bookingsOf));
}

export function involves(conflict: Conflict, workshopId: string): boolean {
  return conflict.first.workshopId === workshopId || conflict.second.workshopId === workshopId;
}

export function viewOf(workshop: Workshop, context: { now: Date; registry: readonly Participant[]; conflicts: readonly Conflict[] }): WorkshopView {
  const today = todayOf(workshop, context.now);
  const listed = new Set(everListedParticipantIds(workshop));
  return {
    workshop,
    status: workshopStatus(workshop, today),
    today,
    participants: context.registry.filter((participant) => listed.has(participant.id)),
    conflicts: context.conflicts.filter((conflict) => involves(conflict, workshop.id)),
  };
}

/** A meeting with its workshop's context, for Today and the calendar. */
export function occurrenceOf(workshop: Workshop, meeting: Meeting, conflictedMeetingIds: ReadonlySet<string>): MeetingOccurrence {
  const sessions = meeting.sessionIds.flatMap((id) => {
    const session = workshop.module.sessions.find((candidate) => candidate.id === id);
    return session ? [{ id, number: session.number, title: session.title }] : [];
  });
  const occurrence: MeetingOccurrence = {
    workshopId: workshop.id,
    workshopTitle: workshop.title,
    timeZone: workshop.timeZone,
    facilitatorNames: workshop.facilitators.map((facilitator) => facilitator.name),
    meeting,
    sessions,
    participantCount: meeting.participantIds?.length ?? enrolledOn(workshop, meeting.date),
    hasConflict: conflictedMeetingIds.has(meeting.id),
  };
  if (workshop.site) occurrence.siteName = workshop.site.name;
  return occurrence;
}

/** How many participants are enrolled on a date. */
function enrolledOn(workshop: Workshop, date: string): number {
  return workshop.roster.filter((entry) => entry.enrolledOn <= date && (entry.exit === undefined || entry.exit.on >= date)).length;
}

export function conflictedMeetingIds(conflicts: readonly Conflict[]): Set<string> {
  const ids = new Set<string>();
  for (const conflict of conflicts) {
    if (conflict.first.meetingId) ids.add(conflict.first.meetingId);
    if (conflict.second.meetingId) ids.add(conflict.second.meetingId);
  }
  return ids;
}
