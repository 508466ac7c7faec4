import type { BookingRef, Conflict, PreviewMeeting } from './views';
import type { CivilDate, ClockTime } from '../calendar/civil';
import { zonedInstant } from '../calendar/zone';
import type { Workshop } from '../workshop';

/** A meeting as a claim on its facilitators and site for a stretch of time. */
export interface Booking extends BookingRef {
  facilitators: { id: string; name: string }[];
  site?: { id: string; name: string };
  /** Epoch milliseconds; the end is exclusive. */
  start: number;
  end: number;
}

interface Timed {
  date: CivilDate;
  startTime: ClockTime;
  minutes: number;
}

function span(meeting: Timed, timeZone: string): { start: number; end: number } {
  const start = zonedInstant(meeting.date, meeting.startTime, timeZone).getTime();
  return { start, end: start + meeting.minutes * 60_000 };
}

/** Bookings of a workshop's meetings that are not cancelled; none for an archived workshop. */
export function bookingsOf(workshop: Workshop): Booking[] {
  if (workshop.archivedAt) return [];
  const facilitators = workshop.facilitators.map((facilitator) => ({ id: facilitator.facilitatorId, name: facilitator.name }));
  const site = workshop.site && { id: workshop.site.siteId, name: workshop.site.name };
  return workshop.meetings
    .filter((meeting) => !meeting.cancellation)
    .map((meeting) => ({
      workshopId: workshop.id,
      workshopTitle: workshop.title,
      meetingId: meeting.id,
      date: meeting.date,
      startTime: meeting.startTime,
      minutes: meeting.minutes,
      facilitators,
      ...(site && { site }),
      ...span(meeting, workshop.timeZone),
    }));
}

/** Bookings for meetings not saved yet (the planning preview); meetingId absent, workshopId '' and the given title. */
export function previewBookings(
  draft: { title: string; timeZone: string; facilitators: { facilitatorId: string; name: string }[]; site?: { siteId: string; name: string } },
  meetings: readonly PreviewMeeting[],
): Booking[] {
  const facilitators = draft.facilitators.map((facilitator) => ({ id: facilitator.facilitatorId, name: facilitator.name }));
  const site = draft.site && { id: draft.site.siteId, name: draft.site.name };
  return meetings.map((meeting) => ({
    workshopId: '',
    workshopTitle: draft.title,
    date: meeting.date,
    startTime: meeting.startTime,
    minutes: meeting.minutes,
    facilitators,
    ...(site && { site }),
    ...span(meeting, draft.timeZone),
  }));
}

interface Resource {
  kind: Conflict['kind'];
  id: string;
  name: string;
}

/** Every pair of bookings that overlap in time and share a facilitator or the site, once per shared facilitator/site. */
export function findConflicts(bookings: readonly Booking[]): Conflict[] {
  const conflicts: (Conflict & { order: [number, number] })[] = [];
  // Stable: of two bookings that start together, the one given first is `first`.
  const ordered = [...bookings].sort((a, b) => a.start - b.start);

  // Sweep each facilitator's and each site's bookings on their own: only bookings that share one can conflict.
  for (const { resource, held } of byResource(ordered)) {
    let open: Booking[] = [];
    for (const booking of held) {
      open = open.filter((earlier) => earlier.end > booking.start);
      for (const earlier of open) {
        if (earlier.start < booking.end) {
          conflicts.push({
            kind: resource.kind,
            resourceId: resource.id,
            resourceName: resource.name,
            first: refOf(earlier),
            second: refOf(booking),
            order: [earlier.start, booking.start],
          });
        }
      }
      open.push(booking);
    }
  }
  return conflicts
    .sort(
      (a, b) =>
        a.order[0] - b.order[0] ||
        a.order[1] - b.order[1] ||
        a.kind.localeCompare(b.kind) ||
        a.resourceName.localeCompare(b.resourceName) ||
        a.resourceId.localeCompare(b.resourceId),
    )
    .map(({ order: _order, ...conflict }) => conflict);
}

/** Bookings grouped by each facilitator and site they hold, keeping the given order within a group. */
function byResource(bookings: readonly Booking[]): { resource: Resource; held: Booking[] }[] {
  const groups = new Map<string, { resource: Resource; held: Booking[] }>();
  const add = (resource: Resource, booking: Booking) => {
    const key = `${resource.kind}\u0000${resource.id}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { resource, held: [booking] });
    else if (group.held.at(-1) !== booking) group.held.push(booking);
  };
  for (const booking of bookings) {
    for (const facilitator of booking.facilitators) add({ kind: 'facilitator', ...facilitator }, booking);
    if (booking.site) add({ kind: 'site', ...booking.site }, booking);
  }
  return [...groups.values()];
}

function refOf(booking: Booking): BookingRef {
  const ref: BookingRef = {
    workshopId: booking.workshopId,
    workshopTitle: booking.workshopTitle,
    date: booking.date,
    startTime: booking.startTime,
    minutes: booking.minutes,
  };
  if (booking.meetingId !== undefined) ref.meetingId = booking.meetingId;
  return ref;
}
