import { z } from 'zod';
import type { CivilDate } from './calendar/civil';
import { currentParticipantIds } from './roster/rules';
import { datesStatus } from './schedule/status';
import { facilitatorRoles, siteKinds } from './settings';
import type { Workshop, WorkshopStatus } from './workshop';

/**
 * What lists, Today, the calendar, conflicts and report filters need to know about a workshop
 * without reading its whole file: small enough that thousands of them open in a moment.
 * A digest is made from a workshop that passed the full schema, so its check is of shape only
 * (the full checks of text, dates and zones would cost as much as reading the files).
 */
export const workshopDigestSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  audience: z.string(),
  module: z.strictObject({ id: z.string(), version: z.number(), title: z.string() }),
  site: z.strictObject({ siteId: z.string(), name: z.string(), kind: z.enum(siteKinds) }).optional(),
  facilitators: z.array(z.strictObject({ facilitatorId: z.string(), name: z.string(), roles: z.array(z.enum(facilitatorRoles)) })),
  timeZone: z.string(),
  /** Dates of the meetings that are not cancelled, in order. */
  heldDates: z.array(z.string()),
  /** The first and last date of any meeting, cancelled ones too; absent when there is none. */
  span: z.strictObject({ from: z.string(), to: z.string() }).optional(),
  enrolledCount: z.number(),
  archivedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type WorkshopDigest = z.infer<typeof workshopDigestSchema>;

export function digestOf(workshop: Workshop): WorkshopDigest {
  const digest: WorkshopDigest = {
    id: workshop.id,
    title: workshop.title,
    audience: workshop.audience,
    module: { id: workshop.module.id, version: workshop.module.version, title: workshop.module.title },
    facilitators: workshop.facilitators,
    timeZone: workshop.timeZone,
    heldDates: workshop.meetings
      .filter((meeting) => meeting.cancellation === undefined)
      .map((meeting) => meeting.date)
      .sort(),
    enrolledCount: currentParticipantIds(workshop).length,
    createdAt: workshop.createdAt,
    updatedAt: workshop.updatedAt,
  };
  const dates = workshop.meetings.map((meeting) => meeting.date).sort();
  if (dates.length > 0) digest.span = { from: dates[0]!, to: dates[dates.length - 1]! };
  if (workshop.site) digest.site = workshop.site;
  if (workshop.archivedAt !== undefined) digest.archivedAt = workshop.archivedAt;
  return digest;
}

export function digestStatus(digest: WorkshopDigest, today: CivilDate): WorkshopStatus {
  return datesStatus(digest.archivedAt !== undefined, digest.heldDates, today);
}

/** False when no meeting of the workshop (cancelled or not) can fall between `from` and `to`, both included. */
export function mayMeetBetween(digest: WorkshopDigest, from: CivilDate, to: CivilDate): boolean {
  return digest.span !== undefined && digest.span.from <= to && digest.span.to >= from;
}

/** Sorted as lists show workshops: oldest first. */
export function byCreation(a: Pick<WorkshopDigest, 'createdAt' | 'id'>, b: Pick<WorkshopDigest, 'createdAt' | 'id'>): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
