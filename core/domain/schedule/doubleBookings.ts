/**
 * Double bookings across the program: the conflicts `findConflicts` finds among every group on this
 * computer (a coordinator's holds every group shared with the program), each with both groups'
 * facilitators and site, so whoever reads it sees whose groups clash without opening them.
 */
import type { CivilDate } from '../calendar/civil';
import type { Workshop } from '../workshop';
import { bookingsOf, findConflicts } from './conflicts';
import type { BookingRef, Conflict } from './views';

/** One of the two meetings of a double booking, with its group's people and place. */
export interface GroupBooking extends BookingRef {
  facilitatorNames: string[];
  siteName?: string;
}

export interface DoubleBooking extends Omit<Conflict, 'first' | 'second'> {
  first: GroupBooking;
  second: GroupBooking;
}

/**
 * The double bookings among `workshops` (archived ones book nothing) with either meeting dated
 * from..to, in the order `findConflicts` gives them (by start); `conflicts` when already found.
 */
export function doubleBookingsBetween(
  workshops: readonly Workshop[],
  from: CivilDate,
  to: CivilDate,
  conflicts: readonly Conflict[] = findConflicts(workshops.flatMap(bookingsOf)),
): DoubleBooking[] {
  const byId = new Map(workshops.map((workshop) => [workshop.id, workshop]));
  const withGroup = (ref: BookingRef): GroupBooking => {
    const workshop = byId.get(ref.workshopId)!;
    const booking: GroupBooking = { ...ref, facilitatorNames: workshop.facilitators.map((facilitator) => facilitator.name) };
    if (workshop.site) booking.siteName = workshop.site.name;
    return booking;
  };
  const within = (ref: BookingRef) => ref.date >= from && ref.date <= to;
  return conflicts
    .filter((conflict) => within(conflict.first) || within(conflict.second))
    .map((conflict) => ({ ...conflict, first: withGroup(conflict.first), second: withGroup(conflict.second) }));
}
